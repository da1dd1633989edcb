package io.shipgate.gateway.webhook;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(description = "Deliveries queued: each is attempted soon, in order with the shipment's other pending events.")
public record RedeliveryView(
        @Schema(description = "The endpoints the event (or the dead letters) will be delivered to", requiredMode = Schema.RequiredMode.REQUIRED)
        List<UUID> endpointIds,
        @Schema(description = "How many deliveries were queued", requiredMode = Schema.RequiredMode.REQUIRED)
        int deliveries) {
}
