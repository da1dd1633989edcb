package io.shipgate.gateway.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The body of {@code POST /v1/webhook-endpoints} and, every field optional there, of {@code PATCH /v1/webhook-endpoints/{id}}. */
@Schema(description = "A webhook endpoint to create, or (PATCH) the fields to change: absent fields stay.")
public record WebhookEndpointRequest(
        @Schema(description = "Where events are POSTed: https, its host resolving to public addresses only (docs/webhooks.md#ssrf). "
                + "Required on create", maxLength = WebhookUrlGuard.MAX_URL_LENGTH, example = "https://merchant.example/hooks/shipgate")
        @Size(max = WebhookUrlGuard.MAX_URL_LENGTH) String url,
        @Schema(description = "The event types to deliver, e.g. shipment.delivered; [\"*\"] (the default) for every type, "
                + "including types added later", maxLength = 50)
        @Size(min = 1, max = 50) List<@Pattern(regexp = EVENT_TYPE, message = "must be an event type such as shipment.delivered, or *")
        @Size(max = 100) String> eventTypes,
        @Schema(description = "A note for people", maxLength = 500, example = "Order system")
        @Size(max = 500) String description,
        @Schema(description = "false pauses the endpoint: events are kept and delivered, in order, once it is enabled again; "
                + "true also re-enables an endpoint disabled after a 410 Gone")
        Boolean enabled) {

    static final String EVENT_TYPE = "^(\\*|[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+)$";
}
