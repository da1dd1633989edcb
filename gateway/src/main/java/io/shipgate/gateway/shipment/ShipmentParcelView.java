package io.shipgate.gateway.shipment;

import io.swagger.v3.oas.annotations.media.Schema;

/** A parcel of a bought shipment: as requested, numbered, with its tracking number. */
@Schema(description = "A parcel of a shipment, numbered from 1, with its tracking number.")
public record ShipmentParcelView(
        @Schema(description = "The parcel's number, from 1 in the order of the request", requiredMode = Schema.RequiredMode.REQUIRED, example = "1")
        int parcelNumber,
        @Schema(description = "The parcel's gross weight", requiredMode = Schema.RequiredMode.REQUIRED)
        WeightView weight,
        @Schema(description = "The parcel's outer dimensions")
        DimensionsView dimensions,
        @Schema(description = "What the parcel holds")
        String description,
        @Schema(description = "The parcel's own tracking number (the AWB for a single parcel), when the carrier gives one")
        String trackingNumber) {
}
