package io.shipgate.gateway.carrier;

import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.RateResponse;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.spi.AccountField;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.carrier.spi.CarrierAdapter;
import io.shipgate.carrier.spi.CarrierCapabilities;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierDescriptor;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A test carrier whose answers a test writes ({@link #script}), per carrier account: it lets tests shape
 * exactly what the gateway receives from an adapter (messages beside quotes, a sale without its label,
 * delivery windows, NOT_FOUND) and check it end to end through the REST API. Registered for tests only.
 */
public class ScriptedCarrier implements CarrierAdapter {

    public static final String CODE = "scripted";

    private static final CarrierDescriptor DESCRIPTOR = new CarrierDescriptor(CODE, "Scripted test carrier",
            URI.create("http://127.0.0.1:9"),
            new CarrierCapabilities(Set.of(Capability.RATES, Capability.CREATE_SHIPMENT, Capability.TRACK), Set.of(LabelFormat.PDF),
                    Set.of(), false, false, false),
            List.of(AccountField.credential("api_key", "any value")));

    /** What the carrier answers an account; a function may throw the carrier's error. */
    public record Script(Function<RateRequest, RateResponse> rates, Function<ShipmentRequest, ShipmentConfirmation> createShipment,
                         Function<ShipmentRef, TrackingResult> track) {
    }

    private static final Map<UUID, Script> SCRIPTS = new ConcurrentHashMap<>();

    /** From now on the account answers as {@code script} says. */
    public static void script(UUID accountId, Script script) {
        SCRIPTS.put(accountId, script);
    }

    @Override
    public CarrierDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public RateResponse rates(CarrierContext ctx, RateRequest request) {
        return answer(ctx, Script::rates, request);
    }

    @Override
    public ShipmentConfirmation createShipment(CarrierContext ctx, ShipmentRequest request) {
        return answer(ctx, Script::createShipment, request);
    }

    @Override
    public TrackingResult track(CarrierContext ctx, ShipmentRef shipment) {
        return answer(ctx, Script::track, shipment);
    }

    private static <Q, A> A answer(CarrierContext ctx, Function<Script, Function<Q, A>> operation, Q request) {
        Script script = SCRIPTS.get(ctx.account().id());
        if (script == null || operation.apply(script) == null) {
            throw new IllegalStateException("no script for " + ctx.account());
        }
        return operation.apply(script).apply(request);
    }
}
