package io.shipgate.gateway.webhook;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(description = "The tenant's webhook endpoints, oldest first.")
public record WebhookEndpointList(
        @Schema(description = "The endpoints", requiredMode = Schema.RequiredMode.REQUIRED)
        List<WebhookEndpointView> data) {
}
