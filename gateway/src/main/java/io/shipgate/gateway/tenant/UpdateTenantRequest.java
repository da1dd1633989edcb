package io.shipgate.gateway.tenant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code PATCH /v1/admin/tenants/{id}}: a partial update. */
@Schema(description = "A partial update: absent fields stay.")
public record UpdateTenantRequest(
        @Schema(description = "A new name, not blank", maxLength = 200, example = "Acme Store EU")
        @Size(max = 200) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") String name,
        @Schema(description = "A new slug (the tenant's name in public URLs): 3 to 63 characters of a-z, 0-9 and '-'; unique",
                maxLength = 63, pattern = Slugs.PATTERN, example = "acme-store-eu")
        @Size(max = 63) String slug,
        @Schema(description = "Replaces the tenant's limit; a member set to null (or {}) takes the default again")
        @Valid RateLimitView rateLimit) {
}
