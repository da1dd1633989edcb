package io.shipgate.carrier.sandbox.edd;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.shipgate.carrier.model.Edd;
import io.shipgate.carrier.model.EddRequest;
import io.shipgate.carrier.sandbox.SandboxErrors;
import io.shipgate.carrier.sandbox.SandboxParties.WireAddress;
import io.shipgate.carrier.sandbox.SandboxServices;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** {@code POST /v1/edd}: estimated delivery dates for a lane, per service or for the one asked for. */
public final class SandboxEddMapper {

    /** The body of {@code POST /v1/edd}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record EddBody(WireAddress origin, WireAddress destination, LocalDate shipDate, String serviceCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Estimates(List<Estimate> estimates) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Estimate(String serviceCode, String serviceLevel, LocalDate estimatedDelivery, LocalDate latestDelivery,
                           Integer transitDays, Boolean guaranteed) {
    }

    private SandboxEddMapper() {
    }

    public static EddBody request(EddRequest request) {
        return new EddBody(WireAddress.of(request.origin()), WireAddress.of(request.destination()), request.shipDate(),
                request.service());
    }

    public static List<Edd> parse(byte[] body) {
        Estimates estimates = SandboxErrors.read(body, Estimates.class);
        if (estimates.estimates() == null) {
            throw SandboxErrors.unreadable("the estimates answer has no estimates");
        }
        return estimates.estimates().stream().filter(Objects::nonNull)
                .map(e -> new Edd(e.serviceCode(), SandboxServices.serviceLevel(e.serviceLevel()), e.estimatedDelivery(),
                        e.latestDelivery(), e.transitDays(), Boolean.TRUE.equals(e.guaranteed())))
                .toList();
    }
}
