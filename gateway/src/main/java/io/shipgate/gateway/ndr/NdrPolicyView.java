package io.shipgate.gateway.ndr;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(description = "An automatic NDR policy of the tenant.")
public record NdrPolicyView(
        @Schema(description = "The policy's id", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID id,
        @Schema(description = "A name for people", requiredMode = Schema.RequiredMode.REQUIRED)
        String name,
        @Schema(description = "Lower first", requiredMode = Schema.RequiredMode.REQUIRED)
        int priority,
        @Schema(description = "false: kept but never acts", requiredMode = Schema.RequiredMode.REQUIRED)
        boolean enabled,
        @Schema(description = "When it acts", requiredMode = Schema.RequiredMode.REQUIRED)
        NdrPolicyConditions conditions,
        @Schema(description = "re_attempt, return_to_origin or escalate", requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"re_attempt", "return_to_origin", "escalate"})
        String action,
        @Schema(description = "When it was created", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant createdAt,
        @Schema(description = "When it last changed", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant updatedAt) {
}
