package io.shipgate.gateway.tracking;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** The body of {@code POST /v1/trackers}. */
@Schema(description = "A tracking number bought elsewhere, to poll and report like a shipment.")
public record CreateTrackerRequest(
        @Schema(description = "The carrier's code: ups, fedex, dhl-express, delhivery, sandbox", maxLength = 40,
                requiredMode = Schema.RequiredMode.REQUIRED, example = "ups")
        @NotBlank @Size(max = 40) String carrier,
        @Schema(description = "The carrier's tracking number (AWB): letters, digits and dashes", maxLength = 64,
                requiredMode = Schema.RequiredMode.REQUIRED, example = "1Z999AA10123456784")
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+", message = "letters, digits and dashes only") String trackingNumber,
        @Schema(description = "The merchant's reference, e.g. an order number", maxLength = 100, example = "ORDER-1001")
        @Size(max = 100) String reference,
        @Schema(description = "The tenant's account of that carrier to poll with; absent: the tenant's one enabled account of it")
        UUID carrierAccountId) {
}
