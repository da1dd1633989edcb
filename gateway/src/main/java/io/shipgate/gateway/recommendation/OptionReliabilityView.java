package io.shipgate.gateway.recommendation;

import io.shipgate.gateway.lanes.LaneReliability;
import io.swagger.v3.oas.annotations.media.Schema;

/** An option's lane reliability. */
@Schema(description = "The lane's learned rates, each 0..1: decayed over time and smoothed toward the carrier's average on thin lanes.")
public record OptionReliabilityView(
        @Schema(description = "Delivered / finished", requiredMode = Schema.RequiredMode.REQUIRED, example = "0.96")
        double deliverySuccess,
        @Schema(description = "Returned to origin / finished", requiredMode = Schema.RequiredMode.REQUIRED, example = "0.03")
        double rtoRate,
        @Schema(description = "With a failed delivery attempt / finished", requiredMode = Schema.RequiredMode.REQUIRED, example = "0.08")
        double ndrRate,
        @Schema(description = "Delivered at the first attempt / delivered", requiredMode = Schema.RequiredMode.REQUIRED, example = "0.9")
        double firstAttemptSuccess,
        @Schema(description = "Delivered by the EDD given at purchase / delivered with one", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "0.85")
        double onTimeRate,
        @Schema(description = "The decayed number of finished shipments on the lane itself", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "120.5")
        double laneShipments,
        @Schema(description = "How much of the rates is the lane's own history (0: the carrier's average or the prior)",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "0.8")
        double laneShare) {

    static OptionReliabilityView of(LaneReliability r) {
        return r == null ? null : new OptionReliabilityView(r.deliverySuccess(), r.rtoRate(), r.ndrRate(), r.firstAttemptSuccess(),
                r.onTimeRate(), r.shipments(), r.laneShare());
    }
}
