package io.shipgate.carrier.ups;

import io.shipgate.carrier.http.CarrierHttpResponse;
import io.shipgate.carrier.model.NdrAction;
import io.shipgate.carrier.model.NdrActionRequest;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.AdapterTestContext;
import io.shipgate.carrier.ups.ndr.UpsInterceptMapper;
import org.junit.jupiter.api.Test;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15, behaviour 5: the refusal's human-readable reason, its code kept; never a status word or a bare code. */
class UpsRefusalReasonTest {

    private static byte[] fixture(String name) {
        return AdapterTestContext.fixture("/ups/behaviours/" + name).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anInterceptRefusedWithABlankFirstMessageGivesTheReasonOfTheNextError() {
        NdrActionRequest request = new NdrActionRequest(ShipmentRef.awb("1Z4096YY0316914058"), NdrAction.RESCHEDULE,
                LocalDate.of(2025, 1, 10), null, null, null);

        assertThatThrownBy(() -> UpsInterceptMapper.parse(request, fixture("intercept-refused-reason-second.json")))
                .isInstanceOfSatisfying(CarrierException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("The package has already been delivered and cannot be rescheduled.");
                    assertThat(e.carrierCode()).isEqualTo("9116");
                    assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_STATE);
                });
    }

    @Test
    void aMessageThatOnlyRepeatsTheCodeIsNotTheReason() {
        CarrierException e = UpsErrors.of(UpsClient.CREATE_SHIPMENT, new CarrierHttpResponse(400,
                HttpHeaders.of(Map.of(), (a, b) -> true), fixture("shipping-400-code-as-message.json")));

        assertThat(e.getMessage()).isEqualTo("Missing or invalid ship to StateProvinceCode");
        assertThat(e.carrierCode()).isEqualTo("120202");
        assertThat(e.field()).isEqualTo("recipient.state");
    }
}
