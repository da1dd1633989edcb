package io.shipgate.carrier.ups;

import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.model.InboundWebhook;
import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.ProofOfDelivery;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.TrackingPushes;
import io.shipgate.carrier.testkit.AdapterTestContext;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpsTrackingTest extends UpsAdapterTest {

    private static final String AWB = "1Z023E2X0214323462";
    private static final String PATH = "/api/track/" + UpsClient.TRACKING_VERSION + "/details/" + AWB;

    @Test
    void normalizesEveryActivityWithItsLocalOffset() {
        answer(get(urlPathEqualTo(PATH)), "/ups/tracking/response.json");

        TrackingResult result = carrier.track(context(), ShipmentRef.awb(AWB));

        var sent = sentTo(PATH);
        assertThat(sent.queryParameter("locale").firstValue()).isEqualTo("en_US");
        assertThat(sent.queryParameter("returnSignature").firstValue()).isEqualTo("false");

        assertThat(result.awb()).isEqualTo(AWB);
        assertThat(result.status()).isEqualTo(TrackingStatus.DELIVERED);
        // delivered: the delivery time, no estimate (the rescheduled date 2021-02-12 is history)
        assertThat(result.estimatedDelivery()).isNull();
        assertThat(result.deliveredAt()).isEqualTo(OffsetDateTime.parse("2021-02-12T10:45:00-05:00"));
        assertThat(result.events()).extracting(TrackingEvent::status).containsExactly(TrackingStatus.MANIFESTED,
                TrackingStatus.IN_TRANSIT, TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.FAILED_DELIVERY, TrackingStatus.DELIVERED);
        TrackingEvent manifested = result.events().getFirst();
        // no GMT fields: the offset of the place (Wayne, NJ in February: EST)
        assertThat(manifested.occurredAt()).isEqualTo(OffsetDateTime.parse("2021-02-08T18:00:00-05:00"));
        TrackingEvent customs = result.events().get(1);
        assertThat(customs.carrierCode()).isEqualTo("SR");
        assertThat(customs.carrierText()).isEqualTo("Your package was released by the customs agency.");
        assertThat(customs.occurredAt()).isEqualTo(OffsetDateTime.parse("2021-02-10T07:13:56-05:00")); // gmtOffset
        TrackingEvent attempt = result.events().get(3);
        assertThat(attempt.ndrReason()).isEqualTo(NdrReason.CONSIGNEE_UNAVAILABLE);
        assertThat(attempt.occurredAt()).isEqualTo(OffsetDateTime.parse("2021-02-11T18:30:00-05:00")); // local - GMT
        assertThat(attempt.location()).isEqualTo(new EventLocation("Atlanta", "GA", null, "US"));
        assertThat(result.carrierPayload()).contains(AWB).doesNotContain("signature");
    }

    @Test
    void returnsTheSignatureImageAndProofOfDelivery() {
        answer(get(urlPathEqualTo(PATH)), "/ups/tracking/response.json");

        ProofOfDelivery pod = carrier.proofOfDelivery(context(), ShipmentRef.awb(AWB));

        var sent = sentTo(PATH);
        assertThat(sent.queryParameter("returnSignature").firstValue()).isEqualTo("true");
        assertThat(sent.queryParameter("returnPOD").firstValue()).isEqualTo("true");
        assertThat(pod.deliveredAt()).isEqualTo(OffsetDateTime.parse("2021-02-12T10:45:00-05:00"));
        assertThat(pod.signedBy()).isEqualTo("JOHN");
        assertThat(pod.deliveryLocation()).isEqualTo("Front Door");
        assertThat(pod.documents()).extracting(ProofOfDelivery.Document::contentType).containsExactly("image/gif", "text/html");
        assertThat(new String(pod.documents().get(1).content(), StandardCharsets.UTF_8)).contains("Proof of Delivery");
    }

    @Test
    void parsesTrackAlertEventsWithTheSubscriptionCredential() {
        InboundWebhook outForDelivery = webhook(Map.of("credential", List.of(WEBHOOK_CREDENTIAL),
                "User-Agent", List.of("UPSPubSubTrackingService")), "/ups/trackalert/out-for-delivery.json");

        TrackingResult result = carrier.parseWebhook(context(), outForDelivery).getFirst();

        assertThat(result.awb()).isEqualTo("1Z204W4R0308071865");
        assertThat(result.status()).isEqualTo(TrackingStatus.OUT_FOR_DELIVERY); // type I, code OT
        assertThat(result.estimatedDelivery()).isEqualTo(LocalDate.of(2024, 4, 23));
        TrackingEvent event = result.events().getFirst();
        assertThat(event.carrierCode()).isEqualTo("OT");
        // local 09:15:19, GMT 13:15:19: EDT
        assertThat(event.occurredAt()).isEqualTo(OffsetDateTime.parse("2024-04-23T09:15:19-04:00"));
        assertThat(event.location()).isEqualTo(new EventLocation("Charlotte", "NC", "30004", "US"));

        InboundWebhook delivered = webhook(Map.of("Authorization", List.of("Bearer " + WEBHOOK_CREDENTIAL)), "/ups/trackalert/delivered.json");
        TrackingResult done = carrier.parseWebhook(context(), delivered).getFirst();
        assertThat(done.status()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(done.carrierPayload()).doesNotContain("John");
    }

    @Test
    void refusesTrackAlertEventsWithoutTheRightCredential() {
        for (Map<String, List<String>> headers : List.of(Map.<String, List<String>>of(),
                Map.of("credential", List.of("guess")), Map.of("Authorization", List.of("Bearer guess")))) {
            assertThatThrownBy(() -> carrier.parseWebhook(context(), webhook(headers, "/ups/trackalert/delivered.json")))
                    .isInstanceOfSatisfying(CarrierException.class, e -> assertThat(e.category()).isEqualTo(CarrierErrorCategory.AUTHENTICATION));
        }
    }

    @Test
    void anAuthenticatedBodyThatIsNotATrackAlertEventIsTheSendersMistake() {
        for (String body : List.of("not JSON", "{}", "{\"trackingNumber\": \"1Z204W4R0308071865\"}")) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> carrier.parseWebhook(context(), new InboundWebhook(Map.of("credential", List.of(WEBHOOK_CREDENTIAL)), bytes)))
                    .as(body).isInstanceOfSatisfying(CarrierException.class, e -> {
                        assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
                        assertThat(e.carrierCode()).isEqualTo(TrackingPushes.MALFORMED);
                    });
            assertThatThrownBy(() -> carrier.parseWebhook(context(), new InboundWebhook(Map.of(), bytes)))
                    .isInstanceOfSatisfying(CarrierException.class, e -> assertThat(e.category()).isEqualTo(CarrierErrorCategory.AUTHENTICATION));
        }
    }

    private static InboundWebhook webhook(Map<String, List<String>> headers, String fixture) {
        return new InboundWebhook(headers, AdapterTestContext.fixture(fixture).getBytes(StandardCharsets.UTF_8));
    }
}
