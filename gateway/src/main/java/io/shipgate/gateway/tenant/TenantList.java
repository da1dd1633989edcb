package io.shipgate.gateway.tenant;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The answer of {@code GET /v1/admin/tenants}. */
@Schema(description = "Every tenant.")
public record TenantList(
        @Schema(description = "The tenants, oldest first", requiredMode = Schema.RequiredMode.REQUIRED)
        List<TenantView> tenants) {
}
