package io.shipgate.carrier.ups;

import io.shipgate.carrier.model.InboundWebhook;
import io.shipgate.carrier.model.NdrAction;
import io.shipgate.carrier.model.NdrActionRequest;
import io.shipgate.carrier.model.PickupRequest;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.testkit.AdapterTestContext;
import io.shipgate.carrier.testkit.FixtureMutations;
import io.shipgate.carrier.testkit.Robustness;
import io.shipgate.carrier.testkit.SampleRequests;
import io.shipgate.carrier.ups.address.UpsAddressValidationMapper;
import io.shipgate.carrier.ups.cancel.UpsVoidMapper;
import io.shipgate.carrier.ups.edd.UpsTransitTimeMapper;
import io.shipgate.carrier.ups.ndr.UpsInterceptMapper;
import io.shipgate.carrier.ups.pickup.UpsPickupMapper;
import io.shipgate.carrier.ups.pod.UpsProofOfDeliveryMapper;
import io.shipgate.carrier.ups.rate.UpsRateMapper;
import io.shipgate.carrier.ups.shipment.UpsShipmentMapper;
import io.shipgate.carrier.ups.tracking.UpsTrackingMapper;
import io.shipgate.carrier.ups.webhook.UpsWebhookMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Issue 15's robustness promise: every success fixture of every operation, with fields removed,
 * values nulled, arrays reversed, unknown fields added and strings emptied, parses or raises a
 * {@code CarrierException}, never another exception.
 */
class UpsRobustnessTest {

    private static final String AWB = "1Z023E2X0214323462";
    private static final String CREDENTIAL = "ups-webhook-credential-1";
    private static final NdrActionRequest RESCHEDULE = new NdrActionRequest(ShipmentRef.awb(AWB), NdrAction.RESCHEDULE,
            LocalDate.of(2025, 1, 10), null, null, null);
    private static final PickupRequest PICKUP = new PickupRequest(SampleRequests.US_SHIPPER, LocalDate.of(2026, 11, 25),
            LocalTime.of(9, 0), LocalTime.of(17, 0), 2, null, List.of(), null);

    /** Each success fixture with the parse of its operation. */
    static Stream<Arguments> fixtures() {
        Map<String, Consumer<byte[]>> parses = new java.util.LinkedHashMap<>();
        parses.put("/ups/rate/response.json", UpsRateMapper::parse);
        parses.put("/ups/behaviours/rate-total-with-taxes.json", UpsRateMapper::parse);
        for (String s : List.of("domestic", "multipiece", "international", "paperless")) {
            parses.put("/ups/shipment/response-" + s + ".json", body -> UpsShipmentMapper.parse(body, "03"));
        }
        parses.put("/ups/void/response.json", body -> UpsVoidMapper.parse(AWB, body));
        parses.put("/ups/tracking/response.json", body -> UpsTrackingMapper.parse(AWB, body));
        parses.put("/ups/behaviours/tracking-two-shipments-one-number.json", body -> UpsTrackingMapper.parse(AWB, body));
        parses.put("/ups/tracking/response.json#pod", body -> UpsProofOfDeliveryMapper.parse(AWB, body));
        for (String s : List.of("delivered", "out-for-delivery")) {
            parses.put("/ups/trackalert/" + s + ".json", body -> UpsWebhookMapper.parse(CREDENTIAL,
                    new InboundWebhook(Map.of("credential", List.of(CREDENTIAL)), body)));
        }
        parses.put("/ups/timeintransit/response.json", body -> UpsTransitTimeMapper.parse(body, null));
        parses.put("/ups/pickup/response.json", body -> UpsPickupMapper.parse(PICKUP, body));
        parses.put("/ups/intercept/eligibility.json", body -> UpsInterceptMapper.checkEligible(RESCHEDULE, body));
        parses.put("/ups/intercept/accepted-response.json", body -> UpsInterceptMapper.parse(RESCHEDULE, body));
        for (String s : List.of("response", "response-ambiguous")) {
            parses.put("/ups/address/" + s + ".json", body -> UpsAddressValidationMapper.parse(SampleRequests.US_RECIPIENT, body));
        }
        return parses.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyVariantOfASuccessFixtureParsesOrIsACarrierException(String fixture, Consumer<byte[]> parse) {
        String json = AdapterTestContext.fixture(fixture.contains("#") ? fixture.substring(0, fixture.indexOf('#')) : fixture);
        parse.accept(json.getBytes(StandardCharsets.UTF_8)); // the fixture itself parses
        // a shipment answer's parse decodes and turns its label image: a sample of its variants keeps the test quick
        int max = fixture.contains("/shipment/") ? 60 : FixtureMutations.MAX_VARIANTS;
        FixtureMutations.variants(json, max).forEach(v -> Robustness.parsesOrCarrierException(fixture + " " + v.name(),
                () -> parse.accept(v.json().getBytes(StandardCharsets.UTF_8))));
    }
}
