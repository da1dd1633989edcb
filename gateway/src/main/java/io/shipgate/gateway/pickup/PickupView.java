package io.shipgate.gateway.pickup;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A pickup as the API answers it. */
@Schema(description = "A courier pickup booked with a carrier: the window asked for and the one the carrier confirmed.")
public record PickupView(
        @Schema(description = "The pickup's id", requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
        @Schema(description = "SCHEDULED or CANCELLED", requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"SCHEDULED", "CANCELLED"})
        String status,
        @Schema(description = "The warehouse the courier comes to", requiredMode = Schema.RequiredMode.REQUIRED) UUID warehouseId,
        @Schema(description = "The carrier account that booked it", requiredMode = Schema.RequiredMode.REQUIRED) UUID carrierAccountId,
        @Schema(description = "The carrier's code", requiredMode = Schema.RequiredMode.REQUIRED, example = "sandbox") String carrier,
        @Schema(description = "The date asked for", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date,
        @Schema(description = "From when the parcels are ready, local time, as asked", type = "string", example = "10:00:00", requiredMode = Schema.RequiredMode.REQUIRED) LocalTime readyFrom,
        @Schema(description = "Until when the courier can come, local time, as asked", type = "string", example = "16:00:00", requiredMode = Schema.RequiredMode.REQUIRED) LocalTime readyUntil,
        @Schema(description = "How many packages the courier collects", requiredMode = Schema.RequiredMode.REQUIRED, example = "12") int packageCount,
        @Schema(description = "The shipments it collects: listed at booking, or attached since", requiredMode = Schema.RequiredMode.REQUIRED)
        List<UUID> shipmentIds,
        @Schema(description = "Instructions for the courier") String instructions,
        @Schema(description = "The carrier's pickup (confirmation) number", requiredMode = Schema.RequiredMode.REQUIRED, example = "PU20261208A1B2C3")
        String carrierPickupId,
        @Schema(description = "The date the carrier committed to (it may move a date it does not serve)", requiredMode = Schema.RequiredMode.REQUIRED)
        LocalDate confirmedDate,
        @Schema(description = "The window the carrier committed to, when it says", type = "string", example = "10:00:00") LocalTime confirmedReadyFrom,
        @Schema(description = "The end of the window the carrier committed to, when it says", type = "string", example = "16:00:00") LocalTime confirmedReadyUntil,
        @Schema(description = "When it was booked", requiredMode = Schema.RequiredMode.REQUIRED) Instant createdAt,
        @Schema(description = "When it was cancelled") Instant cancelledAt) {
}
