package io.shipgate.gateway.lanes;

import io.shipgate.gateway.serviceability.ServiceabilityLocation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** The body of {@code POST /v1/edd}. */
@Schema(description = "A parcel's lane and ship time: when each eligible carrier service would deliver it.")
public record EddRequest(
        @Schema(description = "Where the carrier picks the parcel up", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Valid ServiceabilityLocation origin,
        @Schema(description = "Where it is delivered", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Valid ServiceabilityLocation destination,
        @Schema(description = "Only these carrier accounts; all the tenant's enabled accounts when absent or empty")
        @Size(max = 50) List<UUID> carrierAccountIds,
        @Schema(description = "Only this carrier's accounts", example = "delhivery", maxLength = 40)
        @Size(max = 40) String carrier,
        @Schema(description = "Only this service (the carrier's code)", example = "SURFACE", maxLength = 60)
        @Size(max = 60) String service,
        @Schema(description = "When the parcel is ready at the warehouse, with the warehouse's UTC offset; now when absent",
                type = "string", format = "date-time", example = "2026-12-03T15:30:00+05:30")
        @Size(max = 40) String shipTime,
        @Schema(description = "The warehouse's pickup cut-off (HH:mm, in ship_time's offset): a parcel ready after it is picked "
                + "up the next business day; none when absent", example = "17:00", pattern = "^([01]\\d|2[0-3]):[0-5]\\d$")
        @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "must be a time of day as HH:mm, such as 17:00") String cutOff,
        @Schema(description = "The share of parcels the earliest..latest window holds: 0.5 to 0.99; 0.9 when absent", example = "0.9",
                minimum = "0.5", maximum = "0.99")
        @DecimalMin(value = "0.5", message = "must be between 0.5 and 0.99")
        @DecimalMax(value = "0.99", message = "must be between 0.5 and 0.99") Double confidence,
        @Schema(description = "Also ask the carriers that give committed delivery dates (UPS Time in Transit, FedEx, DHL), all at "
                + "once within 2 s: a service without lane history of its own then answers from the commitment (source "
                + "CARRIER_COMMITMENT), and every answered service shows it; false when absent (memory only, no carrier call)")
        Boolean includeCarrierCommitment) {
}
