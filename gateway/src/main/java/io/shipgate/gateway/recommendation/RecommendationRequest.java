package io.shipgate.gateway.recommendation;

import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.gateway.serviceability.PaymentMode;
import io.shipgate.gateway.serviceability.ServiceabilityLocation;
import io.shipgate.gateway.shipment.Limits;
import io.shipgate.gateway.shipment.MoneyView;
import io.shipgate.gateway.shipment.ParcelView;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The body of {@code POST /v1/recommendations}: one order (its fields here), or a batch in {@code orders}. */
@Schema(description = "One order (origin, destination, parcels... at the top level), or up to 500 orders in orders (and nothing else).")
public record RecommendationRequest(
        @Schema(description = "The merchant's reference, echoed in the answer", maxLength = 60, example = "ORDER-1001")
        @Size(max = 60) String reference,
        @Schema(description = "One order: where the carrier picks the parcels up")
        @Valid ServiceabilityLocation origin,
        @Schema(description = "One order: where they are delivered")
        @Valid ServiceabilityLocation destination,
        @Schema(description = "One order: the parcels, 1 to 50")
        @Size(max = Limits.MAX_PARCELS) @Valid List<ParcelView> parcels,
        @Schema(description = "How the recipient pays (absent: PREPAID)")
        PaymentMode paymentMode,
        @Schema(description = "The amount to collect: required with payment_mode COD, refused with PREPAID")
        @Valid MoneyView codAmount,
        @Schema(description = "The declared value of the contents")
        @Valid MoneyView declaredValue,
        @Schema(description = "Only services of this level (a service's level is its quote's, or the level its code names: sandbox_express)")
        ServiceLevel serviceLevel,
        @Schema(description = "Only these carrier accounts, at most 50; all the tenant's enabled accounts when absent")
        @Size(max = 50) List<UUID> carrierAccountIds,
        @Schema(description = "When the parcels are ready at the warehouse, with its offset (the EDD counts from it); absent: now")
        OffsetDateTime readyAt,
        @Schema(description = "A batch: 1 to 500 orders, answered in order")
        @Size(min = 1, max = 500) @Valid List<RecommendationOrder> orders) {

    /** The single order of the body (its presence checked by the service). */
    RecommendationOrder single() {
        return new RecommendationOrder(reference, origin, destination, parcels, paymentMode, codAmount, declaredValue, serviceLevel,
                carrierAccountIds, readyAt);
    }
}
