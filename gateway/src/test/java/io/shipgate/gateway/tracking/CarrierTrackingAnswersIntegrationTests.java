package io.shipgate.gateway.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.model.Label;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.gateway.carrier.ScriptedCarrier;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.routes.port.Shipments;
import io.shipgate.routes.port.TrackingTimeline;
import io.shipgate.routes.tracking.TrackingUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a carrier's tracking answer carries besides events, kept and shown end to end (issue 15): scan
 * times without offset, delivery windows (never one before the ship date, replaced whole, kept once
 * delivered, with the delivery time), and a carrier that has no record of the AWB yet.
 */
class CarrierTrackingAnswersIntegrationTests extends ApiIntegrationTest {

    private static final LocalDate SHIP_DATE = LocalDate.of(2026, 11, 24);
    private static final EventLocation OAKLAND = new EventLocation("Oakland", "CA", "94607", "US");

    @Autowired
    CircuitBreakerRegistry breakers;
    @Autowired
    Shipments shipments;
    @Autowired
    TrackingTimeline timeline;

    UUID account;
    final AtomicReference<LocalDate> purchaseEstimate = new AtomicReference<>(SHIP_DATE.plusDays(3));
    final AtomicReference<Function<ShipmentRef, TrackingResult>> carrierTracking = new AtomicReference<>();

    @BeforeEach
    void aScriptedCarrierAccount() {
        Api.Response created = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", ScriptedCarrier.CODE, "name", "scripted",
                "credentials", Map.of("api_key", "k")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        account = UUID.fromString(created.json().get("id").asText());
        ScriptedCarrier.script(account, new ScriptedCarrier.Script(null,
                request -> new ShipmentConfirmation("SC" + UUID.randomUUID().toString().replace("-", "").substring(0, 12), null, List.of(),
                        "ground", null, List.of(new Label(LabelFormat.PDF, "%PDF-1.4 label".getBytes(StandardCharsets.US_ASCII), null)),
                        List.of(), purchaseEstimate.get(), "{}"),
                ref -> carrierTracking.get().apply(ref)));
    }

    private String buy() {
        ObjectNode request = example("shipment-request.json");
        request.remove("carrier");
        request.put("carrier_account_id", account.toString());
        request.putObject("options").put("ship_date", SHIP_DATE.toString());
        Api.Response created = api.post("/v1/shipments", merchant.key(), request);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private JsonNode refresh(String shipmentId) {
        Api.Response tracking = api.get("/v1/shipments/" + shipmentId + "/tracking?refresh=true", merchant.key());
        assertThat(tracking.status()).as(tracking.toString()).isEqualTo(200);
        return tracking.json();
    }

    private JsonNode shipment(String shipmentId) {
        return api.get("/v1/shipments/" + shipmentId, merchant.key()).json();
    }

    private void carrierSays(TrackingStatus status, LocalDate estimated, LocalDate latest, TrackingEvent... events) {
        carrierTracking.set(ref -> new TrackingResult(ref.awb(), status, List.of(events), estimated, "{}", latest, null));
    }

    private static TrackingEvent scan(TrackingStatus status, String code, String at) {
        return new TrackingEvent(status, null, code, code, OAKLAND, OffsetDateTime.parse(at));
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).isMissingNode() || node.path(field).isNull() ? null : node.get(field).asText();
    }

    @Test
    void anEstimateBeforeTheShipDateIsNeverStoredAndANewWindowReplacesBothDays() {
        purchaseEstimate.set(SHIP_DATE.minusDays(1));
        String id = buy();
        assertThat(text(shipment(id), "estimated_delivery")).as("the purchase's stale estimate").isNull();

        TrackingEvent pickedUp = scan(TrackingStatus.PICKED_UP, "PU", "2026-11-24T09:00:00-08:00");
        carrierSays(TrackingStatus.PICKED_UP, SHIP_DATE.minusDays(2), SHIP_DATE.minusDays(1), pickedUp);
        JsonNode tracking = refresh(id);
        assertThat(tracking.get("status").asText()).isEqualTo("PICKED_UP");
        assertThat(text(tracking, "estimated_delivery")).as("tracking's stale estimate").isNull();
        assertThat(text(tracking, "latest_delivery")).isNull();

        carrierSays(TrackingStatus.IN_TRANSIT, SHIP_DATE.plusDays(3), SHIP_DATE.plusDays(5), pickedUp);
        tracking = refresh(id);
        assertThat(text(tracking, "estimated_delivery")).isEqualTo("2026-11-27");
        assertThat(text(tracking, "latest_delivery")).isEqualTo("2026-11-29");

        // a new estimate without a window's end replaces both days: the old end does not outlive its window
        carrierSays(TrackingStatus.IN_TRANSIT, SHIP_DATE.plusDays(4), null, pickedUp);
        tracking = refresh(id);
        assertThat(text(tracking, "estimated_delivery")).isEqualTo("2026-11-28");
        assertThat(text(tracking, "latest_delivery")).isNull();

        // no estimate, or one before the ship date: the stored window stays
        carrierSays(TrackingStatus.IN_TRANSIT, null, null, pickedUp);
        assertThat(text(refresh(id), "estimated_delivery")).isEqualTo("2026-11-28");
        carrierSays(TrackingStatus.IN_TRANSIT, SHIP_DATE.minusDays(3), null, pickedUp);
        assertThat(text(refresh(id), "estimated_delivery")).isEqualTo("2026-11-28");
        JsonNode shipment = shipment(id);
        assertThat(text(shipment, "estimated_delivery")).isEqualTo("2026-11-28");
        assertThat(text(shipment, "latest_delivery")).isNull();
    }

    @Test
    void aDeliveredShipmentKeepsItsLastEstimateAndGetsItsDeliveryTime() {
        String id = buy();
        assertThat(text(shipment(id), "estimated_delivery")).isEqualTo("2026-11-27");
        TrackingEvent pickedUp = scan(TrackingStatus.PICKED_UP, "PU", "2026-11-24T09:00:00-08:00");
        carrierSays(TrackingStatus.IN_TRANSIT, SHIP_DATE.plusDays(2), SHIP_DATE.plusDays(4), pickedUp);
        refresh(id);

        TrackingEvent delivered = scan(TrackingStatus.DELIVERED, "DL", "2026-11-26T14:12:00-08:00");
        carrierSays(TrackingStatus.DELIVERED, null, null, pickedUp, delivered);
        JsonNode tracking = refresh(id);
        assertThat(tracking.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(text(tracking, "estimated_delivery")).as("the last estimate, to measure it by").isEqualTo("2026-11-26");
        assertThat(text(tracking, "latest_delivery")).isEqualTo("2026-11-28");
        assertThat(text(tracking, "delivered_at")).isEqualTo("2026-11-26T22:12:00Z");

        // a later read (a late push of an older answer) sets no estimate on a delivered shipment
        timeline.record(new TrackingUpdate(shipments.load(merchant.tenant().id(), UUID.fromString(id)),
                new TrackingResult(null, TrackingStatus.IN_TRANSIT, List.of(pickedUp), SHIP_DATE.plusDays(9), "{}", SHIP_DATE.plusDays(10), null),
                TrackingUpdate.Source.WEBHOOK));
        JsonNode shipment = shipment(id);
        assertThat(shipment.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(text(shipment, "estimated_delivery")).isEqualTo("2026-11-26");
        assertThat(text(shipment, "latest_delivery")).isEqualTo("2026-11-28");
        assertThat(text(shipment, "delivered_at")).isEqualTo("2026-11-26T22:12:00Z");
    }

    @Test
    void theCarriersDeliveryTimeIsKeptOverItsScansTime() {
        String id = buy();
        OffsetDateTime signedAt = OffsetDateTime.parse("2026-11-26T14:20:00-08:00");
        carrierTracking.set(ref -> new TrackingResult(ref.awb(), TrackingStatus.DELIVERED,
                List.of(scan(TrackingStatus.DELIVERED, "DL", "2026-11-26T14:12:00-08:00")), null, "{}", null, signedAt));
        assertThat(text(refresh(id), "delivered_at")).isEqualTo("2026-11-26T22:20:00Z");
    }

    @Test
    void aScanWhoseOffsetIsUnknownIsKeptAtItsLocalTimeAndMarkedSo() {
        String id = buy();
        TrackingEvent known = scan(TrackingStatus.IN_TRANSIT, "AR", "2026-11-25T08:00:00-08:00");
        // the place's local time, held at +00:00: east of Greenwich it reads hours ahead of the real instant, and still counts
        OffsetDateTime localAhead = clock.instant().plus(Duration.ofHours(6)).truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC);
        TrackingEvent unknownOffset = new TrackingEvent(TrackingStatus.OUT_FOR_DELIVERY, null, "OD", "Out for delivery", null, localAhead,
                false, false);
        carrierSays(TrackingStatus.OUT_FOR_DELIVERY, null, null, known, unknownOffset);

        JsonNode tracking = refresh(id);
        assertThat(tracking.get("status").asText()).isEqualTo("OUT_FOR_DELIVERY");
        JsonNode events = tracking.get("events");
        assertThat(events.findValuesAsText("carrier_code")).containsExactly("AR", "OD");
        assertThat(events.get(0).get("offset_known").asBoolean()).isTrue();
        assertThat(events.get(0).get("occurred_at").asText()).isEqualTo("2026-11-25T08:00:00-08:00");
        assertThat(events.get(1).get("offset_known").asBoolean()).isFalse();
        assertThat(OffsetDateTime.parse(events.get(1).get("occurred_at").asText())).isEqualTo(localAhead);
        assertThat(jdbc.sql("SELECT count(*) FROM tracking_events WHERE shipment_id = ? AND NOT offset_known")
                .param(UUID.fromString(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCarrierWithNoRecordYetLeavesTheShipmentAsItIsAndDoesNotTripTheBreaker() {
        String id = buy();
        carrierTracking.set(ref -> {
            throw new CarrierException(CarrierErrorCategory.NOT_FOUND, ScriptedCarrier.CODE, "TRK404",
                    "Tracking number " + ref.awb() + " cannot be found", false);
        });
        CircuitBreaker breaker = breakers.circuitBreaker(ScriptedCarrier.CODE + ":" + account);
        for (int i = 0; i < 12; i++) {
            JsonNode tracking = refresh(id);
            assertThat(tracking.get("status").asText()).isEqualTo("MANIFESTED");
            assertThat(tracking.get("refresh_error").asText()).startsWith("NOT_FOUND").contains("no record of this shipment yet");
        }
        assertThat(shipment(id).get("status").asText()).isEqualTo("MANIFESTED");
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
    }
}
