package io.shipgate.gateway.rating;

import io.shipgate.gateway.shipment.MoneyView;
import io.swagger.v3.oas.annotations.media.Schema;

/** One line of a price breakdown. */
@Schema(description = "One line of a price breakdown (base freight, fuel surcharge, COD fee, insurance...).")
public record ChargeView(
        @Schema(description = "What the charge is for, in the carrier's words", requiredMode = Schema.RequiredMode.REQUIRED, example = "Base freight")
        String name,
        @Schema(description = "The charge", requiredMode = Schema.RequiredMode.REQUIRED)
        MoneyView amount) {
}
