package io.shipgate.carrier.sandbox;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.InboundWebhook;
import io.shipgate.carrier.sandbox.address.SandboxAddressMapper;
import io.shipgate.carrier.sandbox.cancel.SandboxCancelMapper;
import io.shipgate.carrier.sandbox.edd.SandboxEddMapper;
import io.shipgate.carrier.sandbox.ndr.SandboxNdrMapper;
import io.shipgate.carrier.sandbox.pickup.SandboxPickupMapper;
import io.shipgate.carrier.sandbox.pod.SandboxProofOfDeliveryMapper;
import io.shipgate.carrier.sandbox.rate.SandboxRateMapper;
import io.shipgate.carrier.sandbox.returns.SandboxReturnMapper;
import io.shipgate.carrier.sandbox.serviceability.SandboxServiceabilityMapper;
import io.shipgate.carrier.sandbox.shipment.SandboxShipmentMapper;
import io.shipgate.carrier.sandbox.tracking.SandboxTrackingMapper;
import io.shipgate.carrier.sandbox.webhook.SandboxWebhookMapper;
import io.shipgate.carrier.testkit.FixtureMutations;
import io.shipgate.carrier.testkit.Robustness;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Every success fixture of every operation ({@code src/test/resources/sandbox/<operation>/}),
 * mutated (fields removed, values nulled, arrays reversed, unknown fields added, strings emptied):
 * each variant parses or raises a {@code CarrierException}, never anything else.
 */
class SandboxRobustnessTest {

    private static final String SECRET = "whsec-robustness";
    private static final Address ASKED = SampleRequests.US_RECIPIENT;

    /** Each success fixture and the parser of its operation. */
    private static final Map<String, Consumer<byte[]>> FIXTURES = Map.ofEntries(
            Map.entry("rate/rates.json", SandboxRateMapper::parse),
            Map.entry("shipment/shipment.json", SandboxShipmentMapper::parse),
            Map.entry("returns/return.json", SandboxReturnMapper::parse),
            Map.entry("cancel/cancel.json", body -> SandboxCancelMapper.parse(body, "SB1768230000000897662544058120")),
            Map.entry("tracking/tracking-manifested.json", SandboxTrackingMapper::parse),
            Map.entry("tracking/tracking-in-transit.json", SandboxTrackingMapper::parse),
            Map.entry("tracking/tracking-delivered.json", SandboxTrackingMapper::parse),
            // a push is the tracking document, signed: the same fixtures, read by the webhook mapper
            Map.entry("tracking/tracking-in-transit.json#push", body -> SandboxWebhookMapper.parse(SECRET, signed(body))),
            Map.entry("edd/estimates.json", SandboxEddMapper::parse),
            Map.entry("serviceability/serviceability.json", SandboxServiceabilityMapper::parse),
            Map.entry("address/valid.json", body -> SandboxAddressMapper.parse(body, ASKED)),
            Map.entry("address/ambiguous.json", body -> SandboxAddressMapper.parse(body, ASKED)),
            Map.entry("pickup/pickup.json", SandboxPickupMapper::parse),
            Map.entry("ndr/ndr.json", SandboxNdrMapper::parse),
            Map.entry("pod/pod.json", SandboxProofOfDeliveryMapper::parse));

    @TestFactory
    Stream<DynamicTest> everyVariantOfEverySuccessFixtureParsesOrIsACarrierException() {
        return FIXTURES.entrySet().stream().sorted(Map.Entry.comparingByKey()).flatMap(fixture -> {
            String json = fixture(fixture.getKey().replaceFirst("#.*", ""));
            fixture.getValue().accept(json.getBytes(StandardCharsets.UTF_8)); // the fixture itself parses
            return FixtureMutations.variants(json).map(variant -> DynamicTest.dynamicTest(fixture.getKey() + ": " + variant.name(),
                    () -> Robustness.parsesOrCarrierException(variant.name(),
                            () -> fixture.getValue().accept(variant.json().getBytes(StandardCharsets.UTF_8)))));
        });
    }

    static String fixture(String name) {
        try (InputStream in = SandboxRobustnessTest.class.getResourceAsStream("/sandbox/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture sandbox/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InboundWebhook signed(byte[] body) {
        String signature = "sha256=" + HexFormat.of().formatHex(SandboxWebhookMapper.sign(SECRET, body));
        return new InboundWebhook(Map.of(SandboxWebhookMapper.SIGNATURE_HEADER, List.of(signature)), body);
    }
}
