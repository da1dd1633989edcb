package io.shipgate.gateway.ndr;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(description = "An automatic NDR policy: when its conditions hold for a new failed attempt, it takes its action "
        + "(the tenant's policies are tried by priority, lowest first; the first that matches acts).")
public record NdrPolicyRequest(
        @Schema(description = "A name for people", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100,
                example = "Re-attempt prepaid once")
        @NotBlank @Size(max = 100) String name,
        @Schema(description = "Lower first; 0 to 10000, default 100", example = "10")
        @Min(0) @Max(10000) Integer priority,
        @Schema(description = "false: kept but never acts; default true")
        Boolean enabled,
        @Schema(description = "When it acts; absent: always")
        NdrPolicyConditions conditions,
        @Schema(description = "re_attempt, return_to_origin or escalate (the merchant is asked: shipment.ndr_action_required)",
                requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"re_attempt", "return_to_origin", "escalate"},
                example = "re_attempt")
        @NotBlank @Size(max = 30) String action) {
}
