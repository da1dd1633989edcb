package io.shipgate.gateway.tenant;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A tenant as the admin API shows it. */
@Schema(description = "A tenant: a merchant whose data no other tenant's key can see.")
public record TenantView(
        @Schema(description = "The tenant's id", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID id,
        @Schema(description = "The tenant's name", requiredMode = Schema.RequiredMode.REQUIRED, example = "Acme Store")
        String name,
        @Schema(description = "The tenant's name in public URLs (the Shopify callback)", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "acme-store")
        String slug,
        @Schema(description = "The browser origins its publishable keys are accepted from", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "[\"https://shop.acme.example\"]")
        List<String> allowedOrigins,
        @Schema(description = "The tenant's own limit per API key; its members are absent where the default applies",
                requiredMode = Schema.RequiredMode.REQUIRED)
        RateLimitView rateLimit,
        @Schema(description = "When the tenant was created", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant createdAt) {
}
