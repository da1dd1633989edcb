package io.shipgate.carrier.delhivery.tracking;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.carrier.delhivery.DelhiveryScans;

import java.util.List;

/**
 * The JSON of the tracking API ({@code GET /api/v1/packages/json/?waybill=}), as Delhivery names it.
 * The consignee block (name, address, phones) is not read, so it is never stored.
 */
public final class DelhiveryTrackingWire {

    private DelhiveryTrackingWire() {
    }

    /** {@code ShipmentData[]}, empty with an {@code Error} for a waybill Delhivery does not know. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(@JsonProperty("ShipmentData") List<Data> shipmentData, @JsonProperty("Error") JsonNode error) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Data(@JsonProperty("Shipment") Shipment shipment) {
    }

    /** Delhivery's dates are IST local date-times ({@code 2026-11-27T23:59:59} for "by the 27th"). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Shipment(@JsonProperty("AWB") String awb, @JsonProperty("ReferenceNo") String referenceNo,
                           @JsonProperty("Origin") String origin, @JsonProperty("Destination") String destination,
                           @JsonProperty("Status") DelhiveryScans.Status status, @JsonProperty("Scans") List<Scan> scans,
                           @JsonProperty("PickUpDate") String pickUpDate, @JsonProperty("PickedupDate") String pickedupDate,
                           @JsonProperty("DeliveryDate") String deliveryDate,
                           @JsonProperty("ExpectedDeliveryDate") String expectedDeliveryDate,
                           @JsonProperty("PromisedDeliveryDate") String promisedDeliveryDate,
                           @JsonProperty("FirstAttemptDate") String firstAttemptDate,
                           @JsonProperty("RTOStartedDate") String rtoStartedDate, @JsonProperty("ReturnedDate") String returnedDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Scan(@JsonProperty("ScanDetail") ScanDetail scanDetail) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ScanDetail(@JsonProperty("ScanDateTime") String scanDateTime, @JsonProperty("ScanType") String scanType,
                             @JsonProperty("Scan") String scan, @JsonProperty("StatusDateTime") String statusDateTime,
                             @JsonProperty("ScannedLocation") String scannedLocation, @JsonProperty("StatusCode") String statusCode,
                             @JsonProperty("Instructions") String instructions) {
    }

    /**
     * The audit copy of an answer that held several shipments under the waybill: which one the result
     * is (its latest scan) and of how many, beside Delhivery's answer as read.
     */
    public record ChosenAnswer(Chosen shipgateChosen, Answer answer) {
    }

    public record Chosen(String trackingNumber, java.time.OffsetDateTime latestScan, int of) {
    }
}
