package io.shipgate.gateway.tenant;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The answer of {@code GET /v1/api-keys} and {@code GET /v1/admin/tenants/{id}/api-keys}. */
@Schema(description = "A tenant's API keys, revoked ones included.")
public record ApiKeyList(
        @Schema(description = "The keys, oldest first", requiredMode = Schema.RequiredMode.REQUIRED)
        List<ApiKeyView> apiKeys) {
}
