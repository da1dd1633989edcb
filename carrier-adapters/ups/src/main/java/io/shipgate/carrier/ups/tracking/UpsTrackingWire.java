package io.shipgate.carrier.ups.tracking;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.shipgate.carrier.ups.UpsActivities;

import java.time.OffsetDateTime;
import java.util.List;

/** The answer of UPS Tracking ({@code GET /api/track/v1/details/{inquiryNumber}}), as UPS names it (camelCase). */
public final class UpsTrackingWire {

    private UpsTrackingWire() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(TrackResponse trackResponse) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TrackResponse(List<Shipment> shipment) {
    }

    /** One shipment UPS knows under the number; a number UPS does not know comes with {@code warnings} and no package. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Shipment(String inquiryNumber, @JsonProperty("package") List<Package> packages, List<Warning> warnings) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Warning(String code, String message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Package(String trackingNumber, List<DeliveryDate> deliveryDate, List<UpsActivities.Activity> activity,
                          UpsActivities.Status currentStatus) {
    }

    /** {@code SDD} scheduled, {@code RDD} rescheduled, {@code DEL} delivered. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeliveryDate(String type, String date) {
    }

    /**
     * The audit copy of an answer that held several shipments under the number: which one the
     * result is (its latest scan) and of how many, beside UPS's answer.
     */
    public record ChosenAnswer(Chosen shipgateChosen, @JsonRawValue String answer) {
    }

    public record Chosen(String trackingNumber, OffsetDateTime latestScan, int of) {
    }
}
