package io.shipgate.carrier.http;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@WireMockTest
class CarrierTransportTest {

    @Test
    void aHeaderValueHttpCannotCarryIsRefusedWithoutQuotingIt(WireMockRuntimeInfo wireMock) {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        String credential = "Bearer SECRET-CREDENTIAL\u0001-MARKER";
        CarrierHttpRequest request = CarrierHttpRequest.builder("sandbox", "rates", "POST", URI.create(wireMock.getHttpBaseUrl() + "/rates"))
                .header("Authorization", credential).build();

        CarrierException refused;
        try (CarrierTransport transport = new CarrierTransport(meters, Duration.ofSeconds(2))) {
            refused = catchThrowableOfType(CarrierException.class, () -> transport.send(request));
        }

        assertThat(refused.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
        assertThat(refused.retryable()).isFalse();
        assertThat(refused.getMessage()).contains("Authorization").doesNotContain("SECRET", "MARKER");
        assertThat(refused.getCause()).isNull();
        wireMock.getWireMock().verifyThat(0, anyRequestedFor(anyUrl()));
        assertThat(meters.find(CarrierTransport.TIMER).timers()).isEmpty();
    }
}
