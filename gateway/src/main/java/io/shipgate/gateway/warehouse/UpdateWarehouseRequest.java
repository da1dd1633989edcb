package io.shipgate.gateway.warehouse;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** The body of {@code PATCH /v1/warehouses/{id}}: absent fields stay as they are; a given object replaces the whole one. */
@Schema(description = "Changes to a warehouse: absent fields stay; address and contact are replaced whole when given.")
public record UpdateWarehouseRequest(
        @Schema(description = "The warehouse's name", maxLength = 100, example = "Brooklyn DC")
        @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
        @Schema(description = "A new address, replacing the whole one") @Valid WarehouseAddressView address,
        @Schema(description = "A new contact, replacing the whole one") @Valid WarehouseContactView contact,
        @Schema(description = "The warehouse's IANA time zone", maxLength = 60, example = "America/New_York")
        @Size(min = 1, max = 60) String timeZone,
        @Schema(description = "The daily cut-off, local time (HH:mm)", type = "string", pattern = "^\\d{2}:\\d{2}(:\\d{2})?$", example = "18:00")
        LocalTime cutoffTime,
        @ArraySchema(arraySchema = @Schema(description = "The days the warehouse hands parcels over (1 to 7, no repeats)"),
                minItems = 1, maxItems = 7, uniqueItems = true)
        @Size(min = 1, max = 7) List<@NotNull DayOfWeek> workingDays,
        @Schema(description = "Attach new shipments to the day's scheduled pickup automatically")
        Boolean autoAttachPickups) {
}
