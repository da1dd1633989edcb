package io.shipgate.gateway.returns;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A tenant's return rules. */
@Schema(description = "The tenant's return rules: a return outside them is refused (422 return-not-allowed naming the rule).")
public record ReturnRulesView(
        @Schema(description = "Days after delivery a return may be booked (a shipment's return); absent: no window", example = "30")
        Integer returnWindowDays,
        @Schema(description = "Reasons a return is refused for", requiredMode = Schema.RequiredMode.REQUIRED)
        List<ReturnReason> nonReturnableReasons,
        @Schema(description = "SKUs that cannot be returned", requiredMode = Schema.RequiredMode.REQUIRED)
        List<String> nonReturnableSkus,
        @Schema(description = "When they were last changed; absent: never (the defaults)")
        Instant updatedAt) {
}
