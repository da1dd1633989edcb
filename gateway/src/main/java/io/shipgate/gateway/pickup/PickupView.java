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
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
        @Schema(description = "SCHEDULED or CANCELLED", requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"SCHEDULED", "CANCELLED"})
        String status,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID warehouseId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID carrierAccountId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "sandbox") String carrier,
        @Schema(description = "The date asked for", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date,
        @Schema(type = "string", example = "10:00:00", requiredMode = Schema.RequiredMode.REQUIRED) LocalTime readyFrom,
        @Schema(type = "string", example = "16:00:00", requiredMode = Schema.RequiredMode.REQUIRED) LocalTime readyUntil,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "12") int packageCount,
        @Schema(description = "The shipments it collects: listed at booking, or attached since", requiredMode = Schema.RequiredMode.REQUIRED)
        List<UUID> shipmentIds,
        String instructions,
        @Schema(description = "The carrier's pickup (confirmation) number", requiredMode = Schema.RequiredMode.REQUIRED, example = "PU20261208A1B2C3")
        String carrierPickupId,
        @Schema(description = "The date the carrier committed to (it may move a date it does not serve)", requiredMode = Schema.RequiredMode.REQUIRED)
        LocalDate confirmedDate,
        @Schema(description = "The window the carrier committed to, when it says", type = "string", example = "10:00:00") LocalTime confirmedReadyFrom,
        @Schema(type = "string", example = "16:00:00") LocalTime confirmedReadyUntil,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant createdAt,
        Instant cancelledAt) {
}
