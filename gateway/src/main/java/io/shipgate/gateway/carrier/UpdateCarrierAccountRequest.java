package io.shipgate.gateway.carrier;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** The body of {@code PATCH /v1/carrier-accounts/{id}}: a partial update. */
@Schema(description = "A partial update: absent fields stay; in settings and credentials a key set to null is removed.")
public record UpdateCarrierAccountRequest(
        @Schema(description = "A new name", minLength = 1, maxLength = 100)
        @Size(min = 1, max = 100) String name,
        @Schema(description = "Settings to set; a key set to null is removed", additionalPropertiesSchema = NullableText.class)
        @Size(max = CreateCarrierAccountRequest.MAX_FIELDS) Map<String, String> settings,
        @Schema(description = "Credentials to set; a key set to null is removed. Write-only", writeOnly = true,
                additionalPropertiesSchema = NullableText.class)
        @Size(max = CreateCarrierAccountRequest.MAX_FIELDS) Map<String, String> credentials,
        @Schema(description = "Whether the account takes new shipments")
        Boolean enabled) {

    /** A value that may be null: the key is then removed. */
    @Schema(name = "NullableText", types = {"string", "null"}, description = "A text, or null")
    private static final class NullableText {
    }

    @Override
    public String toString() {
        return "UpdateCarrierAccountRequest[name=" + name + ", credentials hidden]";
    }
}
