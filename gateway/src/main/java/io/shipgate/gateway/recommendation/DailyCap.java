package io.shipgate.gateway.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** At most so many shipments a day with a carrier. */
@Schema(description = "A carrier's options are excluded (OVER_DAILY_CAP) once the tenant bought max_shipments with it in the day.")
public record DailyCap(
        @Schema(description = "A carrier code", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40, example = "delhivery")
        @NotBlank @Size(max = 40) String carrier,
        @Schema(description = "Shipments per day, 0 to 1,000,000", requiredMode = Schema.RequiredMode.REQUIRED, example = "500")
        @NotNull @Min(0) @Max(1_000_000) Integer maxShipments) {
}
