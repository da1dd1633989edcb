package io.shipgate.gateway.webhook;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An event of the tenant's log, as its webhooks carry it. */
@Schema(description = "An event: what happened, when, and its payload (the data of its webhook).")
public record EventView(
        @Schema(description = "The event's id: the webhook-id header of each of its deliveries", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID id,
        @Schema(description = "The event type, e.g. shipment.created", requiredMode = Schema.RequiredMode.REQUIRED)
        String type,
        @Schema(description = "The payload's schema version", requiredMode = Schema.RequiredMode.REQUIRED)
        int version,
        @Schema(description = "The shipment (or other aggregate) it happened to", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID shipmentId,
        @Schema(description = "When the event was recorded: the timestamp of its webhook body", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant createdAt,
        @Schema(description = "The payload: the data of its webhook (docs/webhooks.md lists them per type)",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Map<String, Object> data) {
}
