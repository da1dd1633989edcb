package io.shipgate.carrier.sandbox.edd;

import io.shipgate.carrier.model.Edd;
import io.shipgate.carrier.model.EddRequest;
import io.shipgate.carrier.sandbox.SandboxJson;
import io.shipgate.carrier.sandbox.SandboxWire;
import io.shipgate.carrier.sandbox.SandboxWire.WireAddress;

import java.time.LocalDate;
import java.util.List;

/** {@code POST /v1/edd}: estimated delivery dates for a lane, per service or for the one asked for. */
public final class SandboxEddMapper {

    /** The body of {@code POST /v1/edd}. */
    public record EddBody(WireAddress origin, WireAddress destination, LocalDate shipDate, String serviceCode) {
    }

    record Estimates(List<Estimate> estimates) {
    }

    record Estimate(String serviceCode, String serviceLevel, LocalDate estimatedDelivery, LocalDate latestDelivery,
                    Integer transitDays, boolean guaranteed) {
    }

    private SandboxEddMapper() {
    }

    public static EddBody request(EddRequest request) {
        return new EddBody(WireAddress.of(request.origin()), WireAddress.of(request.destination()), request.shipDate(),
                request.service());
    }

    public static List<Edd> parse(byte[] body) {
        return SandboxJson.read(body, Estimates.class).estimates().stream()
                .map(e -> new Edd(e.serviceCode(), SandboxWire.serviceLevel(e.serviceLevel()), e.estimatedDelivery(),
                        e.latestDelivery(), e.transitDays(), e.guaranteed()))
                .toList();
    }
}
