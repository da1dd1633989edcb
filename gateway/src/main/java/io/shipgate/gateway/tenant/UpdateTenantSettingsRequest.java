package io.shipgate.gateway.tenant;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The body of {@code PATCH /v1/tenant}: a partial update. */
@Schema(description = "A partial update of the tenant's own settings: absent fields stay.")
public record UpdateTenantSettingsRequest(
        @Schema(description = "A new slug: 3 to 63 characters of a-z, 0-9 and '-', starting and ending with a letter or digit; unique",
                maxLength = 63, pattern = Slugs.PATTERN, example = "acme-store")
        @Size(max = 63) String slug,
        @ArraySchema(arraySchema = @Schema(description = "Replaces the allowed origins of publishable keys: scheme://host[:port], https "
                + "(http only for localhost, 127.0.0.1, [::1]), no path or wildcard; [] allows none"), maxItems = AllowedOrigins.MAX_COUNT,
                schema = @Schema(maxLength = AllowedOrigins.MAX_LENGTH, example = "https://shop.acme.example"))
        @Size(max = AllowedOrigins.MAX_COUNT) List<@Size(max = AllowedOrigins.MAX_LENGTH) String> allowedOrigins) {
}
