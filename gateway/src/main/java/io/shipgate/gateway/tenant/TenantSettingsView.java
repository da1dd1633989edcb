package io.shipgate.gateway.tenant;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The answer of {@code GET} and {@code PATCH /v1/tenant}: what a tenant sets itself. */
@Schema(description = "The tenant's own settings: its slug (its name in public URLs) and the browser origins of its publishable keys.")
public record TenantSettingsView(
        @Schema(description = "The tenant's id", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID id,
        @Schema(description = "The tenant's name (the operator sets it)", requiredMode = Schema.RequiredMode.REQUIRED, example = "Acme Store")
        String name,
        @Schema(description = "The tenant's name in public URLs, e.g. the Shopify callback /v1/integrations/shopify/{slug}/rates",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "acme-store")
        String slug,
        @Schema(description = "The origins (scheme://host[:port]) a publishable key is accepted from, with CORS",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "[\"https://shop.acme.example\"]")
        List<String> allowedOrigins) {
}
