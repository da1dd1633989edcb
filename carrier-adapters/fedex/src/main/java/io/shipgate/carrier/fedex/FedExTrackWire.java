package io.shipgate.carrier.fedex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The JSON of FedEx's Track API ({@code POST /track/v1/trackingnumbers}), as FedEx names it: the
 * answer to a track call, the tracking of a proof of delivery and the Advanced Integrated
 * Visibility pushes all have this shape, so it is shared at the top level.
 */
public final class FedExTrackWire {

    private FedExTrackWire() {
    }

    public record Request(boolean includeDetailedScans, List<TrackingInfo> trackingInfo) {

        /** The detailed tracking of one number. */
        public static Request of(String awb) {
            return new Request(true, List.of(new TrackingInfo(new NumberInfo(awb, null))));
        }
    }

    public record TrackingInfo(NumberInfo trackingNumberInfo) {
    }

    /** The number, and in an answer FedEx's id of the shipment it names ({@code trackingNumberUniqueId}: numbers are reused). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NumberInfo(String trackingNumber, String trackingNumberUniqueId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(Output output) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Output(List<CompleteResult> completeTrackResults) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CompleteResult(String trackingNumber, List<TrackResult> trackResults) {
    }

    /** One shipment FedEx knows under the number (FedEx reuses numbers: an answer may hold several). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TrackResult(NumberInfo trackingNumberInfo, LatestStatus latestStatusDetail, List<DateAndTime> dateAndTimes,
                              List<ScanEvent> scanEvents, DeliveryDetails deliveryDetails, TimeWindow estimatedDeliveryTimeWindow,
                              TimeWindow standardTransitTimeWindow, FedExErrors.Problem error) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LatestStatus(String code, String derivedCode, String description, List<Ancillary> ancillaryDetails,
                               ScanLocation scanLocation) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ancillary(String reason, String reasonDescription) {
    }

    /** {@code ACTUAL_DELIVERY}, {@code ESTIMATED_DELIVERY}, {@code SHIP}, {@code ACTUAL_PICKUP}...: FedEx's dates of the shipment. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DateAndTime(String type, String dateTime) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ScanEvent(String date, String eventType, String eventDescription, String exceptionCode, String exceptionDescription,
                            String derivedStatusCode, ScanLocation scanLocation) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ScanLocation(String city, String stateOrProvinceCode, String postalCode, String countryCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeliveryDetails(String signedByName, String receivedByName, String locationDescription) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TimeWindow(String type, Window window) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Window(String begins, String ends) {
    }
}
