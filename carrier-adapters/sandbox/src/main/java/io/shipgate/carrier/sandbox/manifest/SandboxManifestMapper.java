package io.shipgate.carrier.sandbox.manifest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.shipgate.carrier.model.ManifestConfirmation;
import io.shipgate.carrier.model.ManifestRequest;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.sandbox.SandboxErrors;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** {@code POST /v1/manifests}: an end-of-day close of the AWBs handed over, answered with the sandbox's manifest number. */
public final class SandboxManifestMapper {

    /** The body of {@code POST /v1/manifests}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ManifestBody(LocalDate date, List<String> awbs) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Closed(String manifestId, Integer shipmentCount) {
    }

    private SandboxManifestMapper() {
    }

    public static ManifestBody request(ManifestRequest request) {
        return new ManifestBody(request.date(), request.shipments().stream().map(ShipmentRef::awb).toList());
    }

    public static ManifestConfirmation parse(byte[] body) {
        Closed closed = SandboxErrors.read(body, Closed.class);
        if (closed.manifestId() == null) {
            throw SandboxErrors.unreadable("the manifest answer has no manifest_id");
        }
        return new ManifestConfirmation(closed.manifestId(), new String(body, StandardCharsets.UTF_8));
    }
}
