package io.shipgate.gateway.tenant;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** The key a request was made with, as {@code GET /v1/api-keys/current} answers it. */
@Schema(description = "The API key this request was made with: its id, mode and tenant, and the tenant's own rate limit if it has one.")
public record CurrentApiKeyView(
        @Schema(description = "The key's id", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID id,
        @Schema(description = "live, test or publishable", requiredMode = Schema.RequiredMode.REQUIRED)
        ApiKeyKind mode,
        @Schema(description = "The tenant the key belongs to", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID tenantId,
        @Schema(description = "The tenant's name", requiredMode = Schema.RequiredMode.REQUIRED, example = "Demo store")
        String tenantName,
        @Schema(description = "The tenant's own rate limit per key; absent: the gateway's default (shipgate.rate-limit.*)")
        RateLimitView rateLimit) {
}
