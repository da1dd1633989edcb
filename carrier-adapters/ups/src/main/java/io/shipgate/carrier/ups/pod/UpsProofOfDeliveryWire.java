package io.shipgate.carrier.ups.pod;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.shipgate.carrier.ups.UpsActivities;

import java.util.List;

/**
 * The answer of UPS Tracking asked with {@code returnSignature} and {@code returnPOD}, as the proof
 * of delivery reads it: the package's activities and its {@code deliveryInformation}.
 */
public final class UpsProofOfDeliveryWire {

    private UpsProofOfDeliveryWire() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(TrackResponse trackResponse) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TrackResponse(List<Shipment> shipment) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Shipment(@JsonProperty("package") List<Package> packages) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Package(String trackingNumber, List<UpsActivities.Activity> activity, DeliveryInformation deliveryInformation) {
    }

    /** Who received it, where, the signature image (base64 GIF) and UPS's POD letter (base64 HTML). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeliveryInformation(String location, String receivedBy, Signature signature, Pod pod) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Signature(String image) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Pod(String content) {
    }
}
