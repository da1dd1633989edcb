package io.shipgate.gateway.shipment;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The recommendation a shipment bought with carrier "auto" followed. */
@Schema(description = "The recommendation a purchase with carrier \"auto\" followed: the ranked options with their scores (the first "
        + "was bought), the options left out and why, and the rule version. At most 20 options and 50 exclusions are kept.")
public record ShipmentDecisionView(
        @Schema(description = "The version of the tenant's recommendation rules used (0: the defaults)", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "3")
        int ruleVersion,
        @Schema(description = "When it was decided", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant decidedAt,
        @Schema(description = "The ranked options, the bought one first", requiredMode = Schema.RequiredMode.REQUIRED)
        List<DecisionOptionView> candidates,
        @Schema(description = "The options left out, with their reasons", requiredMode = Schema.RequiredMode.REQUIRED)
        List<DecisionExclusionView> excluded) {

    public static final int MAX_CANDIDATES = 20;
    public static final int MAX_EXCLUDED = 50;

    public ShipmentDecisionView {
        candidates = candidates == null ? List.of() : List.copyOf(candidates.subList(0, Math.min(candidates.size(), MAX_CANDIDATES)));
        excluded = excluded == null ? List.of() : List.copyOf(excluded.subList(0, Math.min(excluded.size(), MAX_EXCLUDED)));
    }
}
