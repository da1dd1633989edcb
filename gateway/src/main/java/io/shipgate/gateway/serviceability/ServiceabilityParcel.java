package io.shipgate.gateway.serviceability;

import io.shipgate.gateway.shipment.DimensionsView;
import io.shipgate.gateway.shipment.WeightView;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;

/** The parcel a serviceability check is for. */
@Schema(description = "The parcel: its weight and outer dimensions.")
public record ServiceabilityParcel(
        @Schema(description = "Its weight") @Valid WeightView weight,
        @Schema(description = "Its outer dimensions") @Valid DimensionsView dimensions) {
}
