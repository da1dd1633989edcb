package io.shipgate.gateway.tenant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /v1/admin/tenants}. */
@Schema(description = "A new tenant.")
public record CreateTenantRequest(
        @Schema(description = "The tenant's name", maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED, example = "Acme Store")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "The tenant's own limit per API key; absent: the configured default")
        @Valid RateLimitView rateLimit) {
}
