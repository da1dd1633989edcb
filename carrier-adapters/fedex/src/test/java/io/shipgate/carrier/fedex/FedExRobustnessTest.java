package io.shipgate.carrier.fedex;

import io.shipgate.carrier.fedex.cancel.FedExCancelMapper;
import io.shipgate.carrier.fedex.edd.FedExEddMapper;
import io.shipgate.carrier.fedex.pickup.FedExPickupMapper;
import io.shipgate.carrier.fedex.pod.FedExProofOfDeliveryMapper;
import io.shipgate.carrier.fedex.rate.FedExRateMapper;
import io.shipgate.carrier.fedex.shipment.FedExEtdMapper;
import io.shipgate.carrier.fedex.shipment.FedExShipmentAnswer;
import io.shipgate.carrier.fedex.tracking.FedExTrackingMapper;
import io.shipgate.carrier.fedex.webhook.FedExWebhookMapper;
import io.shipgate.carrier.model.PickupRequest;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.testkit.FixtureMutations;
import io.shipgate.carrier.testkit.Robustness;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Issue 15, robustness: every success fixture of every operation, with fields removed, values
 * nulled, arrays reversed, unknown fields added and strings emptied ({@link FixtureMutations}),
 * parses or raises a {@code CarrierException}, never another exception.
 */
class FedExRobustnessTest {

    private static final PickupRequest PICKUP = new PickupRequest(SampleRequests.US_SHIPPER, LocalDate.of(2026, 11, 24),
            LocalTime.of(10, 0), LocalTime.of(17, 0), 2, null, List.of(), null);
    private static final TradeDocument INVOICE = new TradeDocument(TradeDocument.Type.COMMERCIAL_INVOICE, "invoice.pdf",
            "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
    private static final byte[] TRACKING = fixture("tracking/tracking_response_history.json");
    private static final byte[] POD_LETTER = fixture("tracking/tracking_document_response.json");

    /** Variants of a fixture whose parse is costly (labels to decode, four tracking reads), spread over the document. */
    private static final int COSTLY = 150;

    /** Each success fixture with the parse of the operation that answers it. */
    private static final Map<String, Consumer<byte[]>> PARSES = Map.ofEntries(
            rates("rate/rating_response_canada.json"), rates("rate/rating_response_international.json"),
            rates("rate/rating_response_ground_in_cad_only.json"),
            ship("shipment/ship_response_all_fields.json"), ship("shipment/ship_response_multipiece.json"),
            ship("shipment/ship_response_single.json"), ship("shipment/ship_response_png.json"), ship("shipment/ship_response_zpl.json"),
            ship("shipment/ship_response_unreadable_label.json"),
            Map.entry("shipment/cancel_response.json", body -> FedExCancelMapper.parse(body, "794953535000")),
            track("tracking/tracking_response.json"), track("tracking/tracking_response_history.json"),
            track("tracking/tracking_response_reused_number.json"), track("tracking/tracking_response_local_times.json"),
            track("tracking/tracking_response_in_transit_window.json"), track("tracking/tracking_response_delivered_with_estimate.json"),
            Map.entry("tracking/tracking_document_response.json",
                    body -> FedExProofOfDeliveryMapper.parse("794791341818", null, body, TRACKING)),
            Map.entry("pickup/pickup_response.json", body -> FedExPickupMapper.parse(body, PICKUP)),
            Map.entry("documents/paperless_response.json", body -> FedExEtdMapper.parse(body, INVOICE)));

    private static Map.Entry<String, Consumer<byte[]>> rates(String fixture) {
        return Map.entry(fixture, body -> {
            FedExRateMapper.parse(body, null, false);
            FedExRateMapper.parse(body, "CAD", true);
            FedExEddMapper.parse(body, null);
        });
    }

    private static Map.Entry<String, Consumer<byte[]>> ship(String fixture) {
        return Map.entry(fixture, FedExShipmentAnswer::parse);
    }

    private static Map.Entry<String, Consumer<byte[]>> track(String fixture) {
        return Map.entry(fixture, body -> {
            FedExTrackingMapper.parse(body, "794791341818", LocalDate.of(2024, 7, 19), "track");
            FedExTrackingMapper.parse(body, "123456789012", null, "track");
            FedExWebhookMapper.parseAll(body);
            FedExProofOfDeliveryMapper.parse("794791341818", LocalDate.of(2024, 7, 19), POD_LETTER, body);
        });
    }

    private static byte[] fixture(String path) {
        return FedExTestSupport.fixture(path).getBytes(StandardCharsets.UTF_8);
    }

    @TestFactory
    Stream<DynamicTest> everyVariantOfEverySuccessFixtureParsesOrIsACarrierException() {
        return PARSES.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            List<FixtureMutations.Variant> variants = FixtureMutations.variants(FedExTestSupport.fixture(entry.getKey()),
                    entry.getKey().startsWith("rate/") || entry.getKey().startsWith("pickup/") || entry.getKey().startsWith("documents/")
                            || entry.getKey().contains("cancel") ? FixtureMutations.MAX_VARIANTS : COSTLY).toList();
            for (FixtureMutations.Variant variant : variants) {
                Robustness.parsesOrCarrierException(entry.getKey() + " / " + variant.name(),
                        () -> entry.getValue().accept(variant.json().getBytes(StandardCharsets.UTF_8)));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everySuccessFixtureParsesAsItIs() {
        return PARSES.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry -> DynamicTest.dynamicTest(entry.getKey(),
                () -> entry.getValue().accept(fixture(entry.getKey()))));
    }
}
