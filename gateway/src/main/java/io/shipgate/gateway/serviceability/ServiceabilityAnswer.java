package io.shipgate.gateway.serviceability;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The answer of {@code POST /v1/serviceability}. */
@Schema(description = "Every carrier account asked about, either available (serviceable or unknown) or excluded with its reason.")
public record ServiceabilityAnswer(
        @Schema(description = "The accounts that can take the parcel, then those whose serviceability is unknown",
                requiredMode = Schema.RequiredMode.REQUIRED)
        List<AvailableCarrierView> available,
        @Schema(description = "The accounts that cannot, each with its reason", requiredMode = Schema.RequiredMode.REQUIRED)
        List<ExcludedCarrierView> excluded,
        @Schema(description = "The checks not made", requiredMode = Schema.RequiredMode.REQUIRED)
        List<SkippedCheckView> skippedChecks) {

    /** The answer for a publishable key: public (a storefront page holds the key), so without the accounts' names and notes. */
    ServiceabilityAnswer forPublishableKey() {
        return new ServiceabilityAnswer(available.stream().map(AvailableCarrierView::forPublishableKey).toList(),
                excluded.stream().map(ExcludedCarrierView::forPublishableKey).toList(), skippedChecks);
    }
}
