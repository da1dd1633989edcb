package io.shipgate.gateway.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A webhook endpoint as the API shows it: never its secret, except once in the answer that creates or rotates it. */
@Schema(description = "A webhook endpoint. Its signing secret is returned once, by the create and rotate-secret answers.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookEndpointView(
        @Schema(description = "The endpoint's id", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID id,
        @Schema(description = "Where events are POSTed", requiredMode = Schema.RequiredMode.REQUIRED)
        String url,
        @Schema(description = "A note for people")
        String description,
        @Schema(description = "The event types delivered; [\"*\"] for all", requiredMode = Schema.RequiredMode.REQUIRED)
        List<String> eventTypes,
        @Schema(description = "Whether events are being delivered (false: paused or disabled)", requiredMode = Schema.RequiredMode.REQUIRED)
        boolean enabled,
        @Schema(description = "enabled; paused (events are kept for a resume); disabled (it answered 410 Gone: no new events "
                + "until enabled again)", requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"enabled", "paused", "disabled"})
        String status,
        @Schema(description = "Why the endpoint was disabled")
        String disabledReason,
        @Schema(description = "The signing secret (whsec_ and base64): only in the answers of create and rotate-secret, "
                + "never again; keep it safe")
        String secret,
        @Schema(description = "Until when the previous secret also signs deliveries, after a rotation")
        Instant previousSecretExpiresAt,
        @Schema(description = "When the endpoint was created", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant createdAt,
        @Schema(description = "When the endpoint last changed", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant updatedAt) {

    static WebhookEndpointView of(WebhookEndpoint e, String secret, Instant now) {
        return new WebhookEndpointView(e.id(), e.url(), e.description(), e.eventTypes(), WebhookEndpoint.ENABLED.equals(e.state()),
                e.state(), e.disabledReason(), secret,
                e.previousExpiresAt() != null && now.isBefore(e.previousExpiresAt()) ? e.previousExpiresAt() : null,
                e.createdAt(), e.updatedAt());
    }

    @Override
    public String toString() {
        return "WebhookEndpointView[id=" + id + ", secret hidden]";
    }
}
