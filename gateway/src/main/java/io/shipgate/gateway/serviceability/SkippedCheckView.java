package io.shipgate.gateway.serviceability;

import io.swagger.v3.oas.annotations.media.Schema;

/** A check the answer could not make, so that no one mistakes it for passed. */
@Schema(description = "A check that was not made, and why: no account was excluded for it.")
public record SkippedCheckView(
        @Schema(description = "The reason it would have given", requiredMode = Schema.RequiredMode.REQUIRED)
        ExclusionReason check,
        @Schema(description = "Why it was not made", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "no carrier adapter declares weight limits for its services yet")
        String why) {
}
