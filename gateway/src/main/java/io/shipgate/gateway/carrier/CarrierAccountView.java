package io.shipgate.gateway.carrier;

import io.shipgate.carrier.spi.Capability;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A carrier account as the API shows it: settings, the names of the credentials set (never their values), capabilities. */
@Schema(description = "A carrier account. Credentials are never returned: credential_fields names the ones that are set.")
public record CarrierAccountView(
        @Schema(description = "The account's id", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID id,
        @Schema(description = "The carrier's code", requiredMode = Schema.RequiredMode.REQUIRED, example = "sandbox")
        String carrier,
        @Schema(description = "The account's name", requiredMode = Schema.RequiredMode.REQUIRED, example = "Main warehouse")
        String name,
        @Schema(description = "The carrier's non-secret settings", requiredMode = Schema.RequiredMode.REQUIRED)
        Map<String, String> settings,
        @Schema(description = "The names of the credentials that are set (their values are never returned)",
                requiredMode = Schema.RequiredMode.REQUIRED)
        List<String> credentialFields,
        @Schema(description = "Whether the account takes new shipments", requiredMode = Schema.RequiredMode.REQUIRED)
        boolean enabled,
        @Schema(description = "The operations the carrier supports", requiredMode = Schema.RequiredMode.REQUIRED)
        List<Capability> capabilities,
        @Schema(description = "When the account was added", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant createdAt,
        @Schema(description = "When the account last changed", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant updatedAt) {
}
