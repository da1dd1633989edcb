package io.shipgate.carrier.delhivery;

import io.shipgate.carrier.delhivery.cancel.DelhiveryCancelMapper;
import io.shipgate.carrier.delhivery.ndr.DelhiveryNdrMapper;
import io.shipgate.carrier.delhivery.pickup.DelhiveryPickupMapper;
import io.shipgate.carrier.delhivery.rate.DelhiveryRateMapper;
import io.shipgate.carrier.delhivery.returns.DelhiveryReturnMapper;
import io.shipgate.carrier.delhivery.serviceability.DelhiveryPincode;
import io.shipgate.carrier.delhivery.serviceability.DelhiveryServiceabilityMapper;
import io.shipgate.carrier.delhivery.shipment.DelhiveryLabelMapper;
import io.shipgate.carrier.delhivery.shipment.DelhiveryShipmentMapper;
import io.shipgate.carrier.delhivery.tracking.DelhiveryTrackingMapper;
import io.shipgate.carrier.delhivery.webhook.DelhiveryWebhookMapper;
import io.shipgate.carrier.http.CarrierHttpResponse;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.InboundWebhook;
import io.shipgate.carrier.model.PickupRequest;
import io.shipgate.carrier.testkit.FixtureMutations;
import io.shipgate.carrier.testkit.Robustness;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Every success fixture of every operation, mutated (fields removed, values nulled, arrays reversed,
 * unknown fields added, strings emptied): each variant parses or raises a CarrierException, never
 * anything else.
 */
class DelhiveryRobustnessTest {

    private static final byte[] PDF = DelhiveryFixtures.bytes("label/packing-slip-36391910012345.pdf");
    private static final PickupRequest PICKUP = new PickupRequest(Address.location("122015", "IN"), LocalDate.of(2026, 11, 25),
            LocalTime.of(11, 0), LocalTime.of(18, 0), 5, null, List.of(), null);

    @TestFactory
    Stream<DynamicTest> everySuccessFixtureParsesOrFailsAsACarrierException() {
        Map<String, Consumer<byte[]>> operations = new java.util.LinkedHashMap<>();
        for (String fixture : List.of("charges/express-cod.json", "charges/express-prepaid.json", "charges/surface-cod.json",
                "charges/surface-prepaid.json")) {
            operations.put(fixture, body -> DelhiveryRateMapper.parse(body, DelhiveryServices.SURFACE));
        }
        for (String fixture : List.of("manifest/success-cod.json", "manifest/success-prepaid.json")) {
            operations.put(fixture, body -> DelhiveryShipmentMapper.waybill(DelhiveryShipmentMapper.answer(body), DelhiveryClient.CREATE_SHIPMENT));
        }
        operations.put("manifest/success-return.json", body -> DelhiveryReturnMapper.parse(body, DelhiveryClient.CREATE_RETURN,
                DelhiveryServices.SURFACE));
        for (String fixture : List.of("label/packing-slip.json", "label/packing-slip-encoded.json")) {
            operations.put(fixture, body -> DelhiveryLabelMapper.labels(body, DelhiveryFixtures.AWB, link -> PDF));
        }
        operations.put("edit/cancel-success.json", body -> DelhiveryCancelMapper.parse(DelhiveryFixtures.AWB, json(body)));
        operations.put("edit/edit-success.json", body -> DelhiveryNdrMapper.parseEdit(json(body)));
        operations.put("ndr/update-accepted.json", DelhiveryNdrMapper::parseUpdate);
        for (String fixture : List.of("tracking/manifested.json", "tracking/failed-attempt.json", "tracking/delivered.json",
                "tracking/rto.json", "tracking/reverse-pickup.json", "tracking/stale-estimate.json",
                "tracking/reused-waybill.json")) {
            operations.put(fixture, body -> DelhiveryTrackingMapper.parse(DelhiveryFixtures.AWB, body));
        }
        for (String fixture : List.of("webhook/manifested.json", "webhook/failed-attempt-cod.json", "webhook/rto-batch.json")) {
            operations.put(fixture, body -> DelhiveryWebhookMapper.parse(DelhiveryFixtures.WEBHOOK_TOKEN,
                    new InboundWebhook(Map.of("Authorization", List.of("Token " + DelhiveryFixtures.WEBHOOK_TOKEN)), body)));
        }
        for (String pin : List.of("560001", "122015", "400001", "794001", "110001", "686101", "795001")) {
            String fixture = switch (pin) {
                case "560001" -> "pincode/serviceable-560001.json";
                case "122015" -> "pincode/serviceable-122015.json";
                case "400001" -> "pincode/cod-limit-400001.json";
                case "794001" -> "pincode/cod-only-794001.json";
                case "110001" -> "pincode/embargo-110001.json";
                case "686101" -> "pincode/no-pickup-686101.json";
                default -> "pincode/prepaid-only-795001.json";
            };
            operations.put(fixture, body -> DelhiveryServiceabilityMapper.serviceability(pin, DelhiveryPincode.of(body, pin), null, null,
                    BigDecimal.TEN));
        }
        operations.put("pickup/success.json", body -> DelhiveryPickupMapper.parse(PICKUP, body));

        return operations.entrySet().stream().flatMap(operation -> {
            String original = DelhiveryFixtures.fixture(operation.getKey());
            return Stream.concat(Stream.of(new FixtureMutations.Variant("as recorded", original)),
                    FixtureMutations.variants(original)).map(variant -> DynamicTest.dynamicTest(operation.getKey() + ": " + variant.name(),
                    () -> Robustness.parsesOrCarrierException(operation.getKey() + ": " + variant.name(),
                            () -> operation.getValue().accept(variant.json().getBytes(StandardCharsets.UTF_8)))));
        });
    }

    private static CarrierHttpResponse json(byte[] body) {
        return new CarrierHttpResponse(200, HttpHeaders.of(Map.of("Content-Type", List.of("application/json")), (a, b) -> true), body);
    }
}
