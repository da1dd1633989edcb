package io.shipgate.gateway.tracking;

import io.shipgate.carrier.model.TrackingStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A tracker as the API answers it. */
@Schema(description = "A tracking number bought elsewhere, polled and reported like a shipment (its events carry the tracker's id).")
public record TrackerView(
        @Schema(description = "The tracker's id; also works as the shipment id of /v1/shipments/{id}/tracking and .../tracking/refresh",
                requiredMode = Schema.RequiredMode.REQUIRED)
        UUID id,
        @Schema(description = "The carrier's code", requiredMode = Schema.RequiredMode.REQUIRED, example = "ups")
        String carrier,
        @Schema(description = "The tenant's carrier account it is polled with", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID carrierAccountId,
        @Schema(description = "The carrier's tracking number", requiredMode = Schema.RequiredMode.REQUIRED, example = "1Z999AA10123456784")
        String trackingNumber,
        @Schema(description = "The merchant's reference")
        String reference,
        @Schema(description = "The normalized tracking status; UNKNOWN until the carrier reports", requiredMode = Schema.RequiredMode.REQUIRED)
        TrackingStatus status,
        @Schema(description = "The status's stable numeric code", requiredMode = Schema.RequiredMode.REQUIRED, example = "6")
        int statusCode,
        @Schema(description = "active: polled; not_found: the carrier never knew the number within "
                + "shipgate.tracking.polling.not-found-window (3 days), polled no more", requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"active", "not_found"})
        String state,
        @Schema(description = "The estimated delivery date: the first day of the carrier's latest delivery window")
        LocalDate estimatedDelivery,
        @Schema(description = "The last day of the carrier's delivery window, when it gives one")
        LocalDate latestDelivery,
        @Schema(description = "When the parcel was delivered, once it is")
        Instant deliveredAt,
        @Schema(description = "When the carrier first tried to deliver it (its first delivery or failed-delivery scan), once it did")
        Instant firstAttemptAt,
        @Schema(description = "When the carrier was last asked with an answer (a poll, a refresh or a push); null: not yet")
        Instant lastCheckedAt,
        @Schema(description = "When the poller asks the carrier next; null: never again (terminal, not_found, or too old)")
        Instant nextCheckAt,
        @Schema(description = "Why the last poll failed, when it did (e.g. NOT_FOUND while the carrier does not know the number yet)")
        String checkError,
        @Schema(description = "The path of its tracking timeline", requiredMode = Schema.RequiredMode.REQUIRED)
        String trackingUrl,
        @Schema(description = "When it was registered", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant createdAt,
        @Schema(description = "When its status last changed", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant updatedAt) {
}
