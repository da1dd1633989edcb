package io.shipgate.gateway.shipment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One physical package of a request: its weight, optional outer dimensions and a description of its contents. */
@Schema(description = "One physical package: its weight, optional outer dimensions and what it holds.")
public record ParcelView(
        @Schema(description = "The parcel's gross weight", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Valid WeightView weight,
        @Schema(description = "The parcel's outer dimensions; carriers price large parcels by volume")
        @Valid DimensionsView dimensions,
        @Schema(description = "What the parcel holds, in a few words", maxLength = 100, example = "Widgets")
        @Size(max = 100) String description) {
}
