package io.shipgate.gateway.warehouse;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** The body of {@code POST /v1/warehouses}. */
@Schema(description = "A new warehouse (pickup location): address, contact, daily cut-off and working days.")
public record CreateWarehouseRequest(
        @Schema(description = "The warehouse's name, as the manifest prints it", maxLength = 100, example = "Brooklyn DC",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 100) String name,
        @Schema(description = "Where the courier collects", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Valid WarehouseAddressView address,
        @Schema(description = "Whom the courier asks for", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Valid WarehouseContactView contact,
        @Schema(description = "The warehouse's IANA time zone: its cut-off, working days and pickup dates are read in it",
                maxLength = 60, example = "America/New_York", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 60) String timeZone,
        @Schema(description = "The daily cut-off, local time (HH:mm): the last time a pickup window may start, and the time after "
                + "which no pickup can be booked for the same day", type = "string", pattern = "^\\d{2}:\\d{2}(:\\d{2})?$",
                example = "17:00", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull LocalTime cutoffTime,
        @ArraySchema(arraySchema = @Schema(description = "The days the warehouse hands parcels over (1 to 7, no repeats)",
                example = "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]", requiredMode = Schema.RequiredMode.REQUIRED),
                minItems = 1, maxItems = 7, uniqueItems = true)
        @NotEmpty @Size(max = 7) List<@NotNull DayOfWeek> workingDays,
        @Schema(description = "Attach each new shipment of this warehouse to the day's scheduled pickup of its carrier account, "
                + "when there is one; false by default")
        Boolean autoAttachPickups) {
}
