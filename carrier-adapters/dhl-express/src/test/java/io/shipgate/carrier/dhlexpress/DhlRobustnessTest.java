package io.shipgate.carrier.dhlexpress;

import io.shipgate.carrier.dhlexpress.address.DhlAddressMapper;
import io.shipgate.carrier.dhlexpress.edd.DhlEddMapper;
import io.shipgate.carrier.dhlexpress.pickup.DhlPickupMapper;
import io.shipgate.carrier.dhlexpress.pod.DhlProofOfDeliveryMapper;
import io.shipgate.carrier.dhlexpress.rate.DhlRateMapper;
import io.shipgate.carrier.dhlexpress.shipment.DhlShipmentMapper;
import io.shipgate.carrier.dhlexpress.tracking.DhlTrackingMapper;
import io.shipgate.carrier.model.EddRequest;
import io.shipgate.carrier.model.PickupRequest;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;
import io.shipgate.carrier.spi.CarrierAccount;
import io.shipgate.carrier.testkit.FixtureMutations;
import io.shipgate.carrier.testkit.Robustness;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's robustness promise: every success fixture of every operation, mutated (a field removed,
 * a value nulled or emptied, arrays reversed, unknown fields added), parses or raises a
 * {@code CarrierException}, never anything else.
 */
class DhlRobustnessTest {

    private static final DhlSettings SETTINGS = DhlSettings.of(new CarrierAccount(UUID.randomUUID(), DhlErrors.CODE,
            Map.of(DhlSettings.ACCOUNT_NUMBER, DhlTestAccount.ACCOUNT_NUMBER, DhlSettings.PREFERRED_CURRENCY, "CZK"),
            DhlTestAccount.CREDENTIALS));
    private static final DhlOrder ORDER = DhlOrder.of(SampleRequests.international(), SETTINGS);
    private static final EddRequest EDD = new EddRequest(SampleRequests.US_SHIPPER, SampleRequests.DE_RECIPIENT, null, null, null);
    private static final PickupRequest PICKUP = new PickupRequest(SampleRequests.US_SHIPPER, LocalDate.of(2026, 11, 25),
            LocalTime.of(10, 0), LocalTime.of(18, 0), 1, Weight.of("2", WeightUnit.KG), List.of(), null);
    private static final DhlProofOfDeliveryMapper.Delivery DELIVERY =
            new DhlProofOfDeliveryMapper.Delivery(OffsetDateTime.parse("2024-11-07T18:00:00Z"), "J. Smith", null);

    /** Each operation that reads an answer, with the fixtures of its successful answers. */
    private static final Map<String, Operation> OPERATIONS = Map.of(
            "rates", new Operation(List.of("rate/response.json", "rate/several-currencies.json"),
                    body -> DhlRateMapper.parse(body, SETTINGS)),
            "estimateDelivery", new Operation(List.of("rate/response.json", "rate/several-currencies.json"),
                    body -> DhlEddMapper.parse(body, EDD)),
            "createShipment", new Operation(List.of("shipment/response.json", "shipment/multi-piece-zpl-response.json",
                    "shipment/label-without-typecode.json", "shipment/label-unreadable.json"),
                    body -> DhlShipmentMapper.parse(body, ORDER)),
            "track", new Operation(List.of("tracking/response.json", "tracking/failed-attempts.json", "tracking/returned.json",
                    "tracking/reused-awb.json", "tracking/no-offsets.json"),
                    body -> DhlTrackingMapper.parse("1234567890", body)),
            "proofOfDelivery", new Operation(List.of("tracking/response.json", "tracking/returned.json"),
                    body -> DhlProofOfDeliveryMapper.delivery("1234567890", body)),
            "proofOfDeliveryDocument", new Operation(List.of("pod/response.json"),
                    body -> DhlProofOfDeliveryMapper.parse("1234567890", DELIVERY, Optional.of(body))),
            "schedulePickup", new Operation(List.of("pickup/create-response.json"), body -> DhlPickupMapper.parse(body, PICKUP)),
            "validateAddress", new Operation(List.of("address/response.json"), body -> {
                DhlAddressMapper.parse(Optional.of(body), SampleRequests.DE_RECIPIENT);
                DhlAddressMapper.gmtOffset(Optional.of(body));
            }));

    record Operation(List<String> fixtures, Consumer<byte[]> parse) {
    }

    @TestFactory
    Stream<DynamicTest> everyVariantOfEverySuccessFixtureParsesOrIsACarrierException() {
        return OPERATIONS.entrySet().stream().sorted(Map.Entry.comparingByKey()).flatMap(operation -> operation.getValue().fixtures()
                .stream().map(fixture -> DynamicTest.dynamicTest(operation.getKey() + " " + fixture, () -> {
                    String json = DhlTestAccount.fixture(fixture);
                    operation.getValue().parse().accept(json.getBytes(StandardCharsets.UTF_8)); // the fixture itself parses
                    List<FixtureMutations.Variant> variants = FixtureMutations.variants(json).toList();
                    assertThat(variants).isNotEmpty();
                    for (FixtureMutations.Variant variant : variants) {
                        Robustness.parsesOrCarrierException(fixture + ": " + variant.name(),
                                () -> operation.getValue().parse().accept(variant.json().getBytes(StandardCharsets.UTF_8)));
                    }
                })));
    }
}
