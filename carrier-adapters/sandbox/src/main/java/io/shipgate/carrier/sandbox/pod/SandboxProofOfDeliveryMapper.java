package io.shipgate.carrier.sandbox.pod;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.shipgate.carrier.model.ProofOfDelivery;
import io.shipgate.carrier.sandbox.SandboxErrors;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code GET /v1/shipments/{awb}/pod}: the sandbox's proof of delivery (when, where, who signed,
 * and its PDF letter) to the universal one. The delivery time keeps the place's offset; the place
 * becomes one line, {@code San Francisco, CA 94105, US}.
 */
public final class SandboxProofOfDeliveryMapper {

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Pod(String awb, OffsetDateTime deliveredAt, String signedBy, Location location, PodDocument document) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Location(String city, String state, String postalCode, String country) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record PodDocument(String contentType, byte[] contentBase64) {
    }

    private SandboxProofOfDeliveryMapper() {
    }

    public static ProofOfDelivery parse(byte[] body) {
        Pod pod = SandboxErrors.read(body, Pod.class);
        PodDocument document = pod.document();
        List<ProofOfDelivery.Document> documents = document == null || document.contentBase64() == null ? List.of()
                : List.of(new ProofOfDelivery.Document(document.contentType(), document.contentBase64()));
        return new ProofOfDelivery(pod.awb(), pod.deliveredAt(), pod.signedBy(), cityLine(pod.location()), documents);
    }

    private static String cityLine(Location location) {
        if (location == null) {
            return null;
        }
        String statePostalCode = Stream.of(location.state(), location.postalCode()).filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        String line = Stream.of(location.city(), statePostalCode, location.country()).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
        return line.isEmpty() ? null : line;
    }
}
