package io.shipgate.gateway.tenant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /v1/api-keys} and {@code POST /v1/admin/tenants/{id}/api-keys}. */
@Schema(description = "A new API key of a tenant.")
public record CreateApiKeyRequest(
        @Schema(description = "What the key is for; 'unnamed' when absent", maxLength = 100, example = "shop backend")
        @Size(max = 100) String name,
        @Schema(description = "live; test (a test key may only use sandbox carrier accounts); or publishable (sg_pub_...: only POST /v1/edd and "
                + "POST /v1/serviceability, from the tenant's allowed_origins, for a storefront's browser code); operator keys are created on "
                + "the command line only",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull ApiKeyKind mode) {
}
