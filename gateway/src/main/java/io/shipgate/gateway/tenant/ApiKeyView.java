package io.shipgate.gateway.tenant;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** An API key as the API lists it: never its secret. */
@Schema(description = "An API key, without its secret.")
public record ApiKeyView(
        @Schema(description = "The key's id", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID id,
        @Schema(description = "What the key is for", requiredMode = Schema.RequiredMode.REQUIRED, example = "shop backend")
        String name,
        @Schema(description = "The key's first characters, to recognise it", requiredMode = Schema.RequiredMode.REQUIRED, example = "sg_live_4fQz")
        String prefix,
        @Schema(description = "live, test, publishable or operator",
                requiredMode = Schema.RequiredMode.REQUIRED)
        ApiKeyKind mode,
        @Schema(description = "When the key was created", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant createdAt,
        @Schema(description = "When a gateway node last loaded the key, precise to about a minute; absent if never")
        Instant lastUsedAt,
        @Schema(description = "Whether the key is revoked", requiredMode = Schema.RequiredMode.REQUIRED)
        boolean revoked,
        @Schema(description = "When the key was revoked")
        Instant revokedAt) {
}
