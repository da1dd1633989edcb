package io.shipgate.gateway.rating;

import io.shipgate.carrier.model.ChargeType;
import io.shipgate.gateway.shipment.MoneyView;
import io.swagger.v3.oas.annotations.media.Schema;

/** One line of a price breakdown. */
@Schema(description = "One line of a price breakdown (base freight, fuel surcharge, COD fee, insurance...).")
public record ChargeView(
        @Schema(description = "What the charge is for, in the carrier's words", requiredMode = Schema.RequiredMode.REQUIRED, example = "Base freight")
        String name,
        @Schema(description = "The charge", requiredMode = Schema.RequiredMode.REQUIRED)
        MoneyView amount,
        @Schema(description = "What kind of line it is: BASE freight, a SURCHARGE, a TAX, a DISCOUNT, or OTHER when the carrier did not say",
                requiredMode = Schema.RequiredMode.REQUIRED)
        ChargeType type) {
}
