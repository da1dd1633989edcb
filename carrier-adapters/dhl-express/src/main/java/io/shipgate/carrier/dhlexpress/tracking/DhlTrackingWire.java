package io.shipgate.carrier.dhlexpress.tracking;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The JSON of MyDHL's tracking answer ({@code GET /shipments/{awb}/tracking}), as MyDHL names it. */
public final class DhlTrackingWire {

    private DhlTrackingWire() {
    }

    public record Response(List<Shipment> shipments) {
    }

    /** {@code estimatedTimeOfDelivery} and {@code estimatedDeliveryDate} are local date-times at the destination. */
    public record Shipment(String shipmentTrackingNumber, String status, Party shipperDetails, Party receiverDetails,
                           List<Event> events, String estimatedTimeOfDelivery, String estimatedDeliveryDate) {
    }

    /** Shipper or receiver: where they are and the DHL service area that serves them. */
    public record Party(Place postalAddress, List<ServiceArea> serviceArea) {
    }

    public record Place(String cityName, String postalCode, String provinceCode, String countryCode) {
    }

    /** A DHL service area: its code ({@code NYC}) and description ({@code New York} or {@code SYDNEY-AU}). */
    public record ServiceArea(String code, String description) {
    }

    /** A checkpoint: local date and time at the place, its GMT offset (when asked for), its code and text. */
    public record Event(String date, String time, @JsonProperty("GMTOffset") String gmtOffset, String typeCode, String description,
                        List<ServiceArea> serviceArea, String signedBy) {
    }
}
