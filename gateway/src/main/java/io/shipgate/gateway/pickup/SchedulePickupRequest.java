package io.shipgate.gateway.pickup;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** The body of {@code POST /v1/pickups}. */
@Schema(description = "A courier pickup to book: where (warehouse), with whom (carrier account), when (date and window), and what "
        + "(a package count, or the shipments to collect).")
public record SchedulePickupRequest(
        @Schema(description = "The tenant's warehouse the courier comes to", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull UUID warehouseId,
        @Schema(description = "The tenant's carrier account that books the pickup", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull UUID carrierAccountId,
        @Schema(description = "The pickup date, the warehouse's local date: today or later, a working day of the warehouse and no "
                + "public holiday of its country", requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-12-08")
        @NotNull LocalDate date,
        @Schema(description = "From when the parcels are ready, local time (HH:mm); not after the warehouse's cut-off", type = "string",
                example = "10:00", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull LocalTime readyFrom,
        @Schema(description = "Until when the courier can come, local time (HH:mm); after ready_from", type = "string", example = "16:00",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull LocalTime readyUntil,
        @Schema(description = "How many packages; defaults to the pieces of shipment_ids. One of the two is required", minimum = "1",
                maximum = "999", example = "12")
        @Min(1) @Max(999) Integer packageCount,
        @ArraySchema(arraySchema = @Schema(description = "The shipments to collect (the account's, not cancelled, not picked up), at most 500"),
                maxItems = 500, uniqueItems = true)
        @Size(max = 500) List<@NotNull UUID> shipmentIds,
        @Schema(description = "Instructions for the courier", maxLength = 200, example = "Ring at dock 3")
        @Size(max = 200) String instructions) {
}
