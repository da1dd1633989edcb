package io.shipgate.gateway.lanes;

import io.shipgate.gateway.serviceability.ExcludedCarrierView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The answer of {@code POST /v1/edd}. */
@Schema(description = "The delivery-time distribution of each eligible carrier service, and the accounts that cannot take the parcel.")
public record EddAnswer(
        @Schema(description = "One per eligible carrier service, fastest p50 first", requiredMode = Schema.RequiredMode.REQUIRED)
        List<EddEstimateView> estimates,
        @Schema(description = "The accounts that cannot take the parcel, each with its reason (serviceability)",
                requiredMode = Schema.RequiredMode.REQUIRED)
        List<ExcludedCarrierView> excluded) {
}
