package io.shipgate.gateway.serviceability;

import io.shipgate.gateway.shipment.MoneyView;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** The body of {@code POST /v1/serviceability}. */
@Schema(description = "A parcel's lane, payment and size: which of the tenant's carrier accounts can take it.")
public record ServiceabilityCheckRequest(
        @Schema(description = "Where the carrier picks the parcel up", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Valid ServiceabilityLocation origin,
        @Schema(description = "Where it is delivered", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Valid ServiceabilityLocation destination,
        @Schema(description = "How the recipient pays", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull PaymentMode paymentMode,
        @Schema(description = "The amount to collect: required with payment_mode COD, refused with PREPAID")
        @Valid MoneyView codAmount,
        @Schema(description = "The parcel; weight and size limits are checked where the carrier declares them")
        @Valid ServiceabilityParcel parcel,
        @Schema(description = "Only these carrier accounts; all the tenant's enabled accounts when absent or empty")
        @Size(max = 50) List<UUID> carrierAccountIds) {
}
