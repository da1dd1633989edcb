package io.shipgate.carrier.delhivery;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.InboundWebhook;
import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.TrackingPushes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.AWB;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.WEBHOOK_TOKEN;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.failure;
import static org.assertj.core.api.Assertions.assertThat;

/** The scan push: authenticated by the account's webhook token, parsed like a poll's status block with NSLCode. */
@WireMockTest
class DelhiveryWebhookTest {

    private final DelhiveryCarrier carrier = new DelhiveryCarrier();
    private WireMockRuntimeInfo wm;
    private CarrierContext ctx;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        this.wm = wm;
        ctx = DelhiveryFixtures.context(wm);
    }

    private static InboundWebhook push(String fixture, String authorization) {
        return new InboundWebhook(authorization == null ? Map.of() : Map.of("authorization", List.of(authorization)),
                DelhiveryFixtures.fixture(fixture).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void delhiverysSamplePushIsOneManifestedEvent() {
        List<TrackingResult> results = carrier.parseWebhook(ctx, push("webhook/manifested.json", "Token " + WEBHOOK_TOKEN));

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.awb()).isEqualTo(AWB);
            assertThat(result.status()).isEqualTo(TrackingStatus.MANIFESTED);
            assertThat(result.events()).singleElement().satisfies(event -> {
                assertThat(event.carrierCode()).isEqualTo("X-UCI");
                assertThat(event.carrierText()).isEqualTo("Manifest uploaded");
                assertThat(event.occurredAt()).isEqualTo(OffsetDateTime.parse("2026-11-24T10:02:11.412+05:30"));
                assertThat(event.location().city()).isEqualTo("Gurgaon");
            });
        });
        verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aPushedFailedAttemptCarriesItsNdrReasonFromTheNslCode() {
        TrackingEvent event = carrier.parseWebhook(ctx, push("webhook/failed-attempt-cod.json", "Bearer " + WEBHOOK_TOKEN))
                .getFirst().events().getFirst();
        assertThat(event.status()).isEqualTo(TrackingStatus.FAILED_DELIVERY);
        assertThat(event.ndrReason()).isEqualTo(NdrReason.COD_NOT_READY);
        assertThat(event.carrierCode()).isEqualTo("EOD-6");
    }

    @Test
    void aListOfPushesIsOneResultEach() {
        assertThat(carrier.parseWebhook(ctx, push("webhook/rto-batch.json", "token " + WEBHOOK_TOKEN)))
                .extracting(TrackingResult::status).containsExactly(TrackingStatus.RTO_OUT_FOR_DELIVERY, TrackingStatus.RTO_DELIVERED);
    }

    @Test
    void aPushWithoutATimeHasNoEventToPlace() {
        String timeless = DelhiveryFixtures.fixture("webhook/manifested.json").replace("\"2026-11-24T10:02:11.412\"", "null");
        List<TrackingResult> results = carrier.parseWebhook(ctx, new InboundWebhook(Map.of("Authorization", List.of("Token " + WEBHOOK_TOKEN)),
                timeless.getBytes(StandardCharsets.UTF_8)));
        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.awb()).isEqualTo(AWB);
            assertThat(result.events()).isEmpty();
        });
    }

    @Test
    void anAuthenticatedBodyThatIsNotAScanPushIsTheSendersMistake() {
        for (String body : List.of("not JSON", "{\"Shipment\": {\"Status\": {}}}", "[{\"Shipment\": {\"AWB\": \"" + AWB + "\"}}, 42]")) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            CarrierException malformed = failure(() -> carrier.parseWebhook(ctx,
                    new InboundWebhook(Map.of("Authorization", List.of("Token " + WEBHOOK_TOKEN)), bytes)));
            assertThat(malformed.category()).as(body).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
            assertThat(malformed.carrierCode()).isEqualTo(TrackingPushes.MALFORMED);
            assertThat(failure(() -> carrier.parseWebhook(ctx, new InboundWebhook(Map.of(), bytes))).category())
                    .isEqualTo(CarrierErrorCategory.AUTHENTICATION);
        }
    }

    @Test
    void aPushThatCannotBeAuthenticatedIsRefused() {
        for (String header : new String[]{null, WEBHOOK_TOKEN, "Token " + WEBHOOK_TOKEN + "x", "Token ", "Basic " + WEBHOOK_TOKEN,
                "Token " + DelhiveryFixtures.TOKEN}) {
            CarrierException refused = failure(() -> carrier.parseWebhook(ctx, push("webhook/manifested.json", header)));
            assertThat(refused.category()).as(String.valueOf(header)).isEqualTo(CarrierErrorCategory.AUTHENTICATION);
            assertThat(refused.getMessage()).doesNotContain(WEBHOOK_TOKEN);
        }
        CarrierContext noToken = DelhiveryFixtures.context(wm, Map.of(DelhiverySettings.API_TOKEN, DelhiveryFixtures.TOKEN));
        CarrierException unconfigured = failure(() -> carrier.parseWebhook(noToken, push("webhook/manifested.json", "Token " + WEBHOOK_TOKEN)));
        assertThat(unconfigured.category()).isEqualTo(CarrierErrorCategory.AUTHENTICATION);
        assertThat(unconfigured.carrierCode()).isEqualTo("NO_WEBHOOK_TOKEN");
    }
}
