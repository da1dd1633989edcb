package io.shipgate.gateway.carrier;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** The body of {@code POST /v1/carrier-accounts}. */
@Schema(description = "A new carrier account. Each carrier declares its settings and credentials (docs/carriers.md).")
public record CreateCarrierAccountRequest(
        @Schema(description = "The carrier's code: sandbox, ups, fedex, dhl-express or delhivery", maxLength = 40,
                requiredMode = Schema.RequiredMode.REQUIRED, example = "sandbox")
        @NotBlank @Size(max = 40) String carrier,
        @Schema(description = "A name for the account, e.g. the warehouse it ships from", maxLength = 100,
                requiredMode = Schema.RequiredMode.REQUIRED, example = "Main warehouse")
        @NotBlank @Size(max = 100) String name,
        @Schema(description = "The carrier's non-secret settings (account numbers, options), at most 50")
        @Size(max = MAX_FIELDS) Map<String, String> settings,
        @Schema(description = "The carrier's secrets, at most 50; write-only: encrypted at rest, never returned", writeOnly = true)
        @Size(max = MAX_FIELDS) Map<String, String> credentials,
        @Schema(description = "Whether the account takes new shipments; true when absent")
        Boolean enabled) {

    /** Most settings or credentials one request may name. */
    static final int MAX_FIELDS = 50;

    @Override
    public String toString() {
        return "CreateCarrierAccountRequest[carrier=" + carrier + ", name=" + name + ", credentials hidden]";
    }
}
