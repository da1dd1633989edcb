package io.shipgate.gateway.ndr;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

@Schema(description = "A change of an NDR policy: the fields given replace the stored ones (conditions as a whole).")
public record UpdateNdrPolicyRequest(
        @Schema(description = "A name for people", maxLength = 100, example = "Re-attempt prepaid once")
        @Size(min = 1, max = 100) String name,
        @Schema(description = "Lower first; 0 to 10000", example = "20")
        @Min(0) @Max(10000) Integer priority,
        @Schema(description = "false: kept but never acts")
        Boolean enabled,
        @Schema(description = "When it acts (replaces the stored conditions)")
        NdrPolicyConditions conditions,
        @Schema(description = "re_attempt, return_to_origin or escalate", allowableValues = {"re_attempt", "return_to_origin", "escalate"})
        @Size(max = 30) String action) {
}
