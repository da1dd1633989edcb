package io.shipgate.gateway.tracking;

import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.OffsetDateTime;

/** One carrier scan, normalized. */
@Schema(description = "One carrier scan, normalized.")
public record TrackingEventView(
        @Schema(description = "The normalized status (UNKNOWN when the carrier's code is not known yet)", requiredMode = Schema.RequiredMode.REQUIRED)
        TrackingStatus status,
        @Schema(description = "The status's stable numeric code", requiredMode = Schema.RequiredMode.REQUIRED, example = "6")
        int statusCode,
        @Schema(description = "Why delivery failed: set for FAILED_DELIVERY only")
        NdrReason ndrReason,
        @Schema(description = "The carrier's own code, kept even when the status is UNKNOWN", example = "ITR")
        String carrierCode,
        @Schema(description = "The carrier's own description", example = "Departed facility")
        String carrierText,
        @Schema(description = "Where it happened, when the carrier says")
        EventLocationView location,
        @Schema(description = "When it happened, with the offset the carrier reported (the place's local time). When offset_known is false "
                + "the carrier gave no offset and the place's zone could not be told: the place's local wall-clock time, written at +00:00",
                requiredMode = Schema.RequiredMode.REQUIRED)
        OffsetDateTime occurredAt,
        @Schema(description = "Whether occurred_at's offset is the place's real one; false: occurred_at is the local time, offset unknown",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "true")
        boolean offsetKnown) {
}
