package io.shipgate.gateway.rating;

import io.shipgate.gateway.shipment.AddressView;
import io.shipgate.gateway.shipment.CustomsDeclarationView;
import io.shipgate.gateway.shipment.Limits;
import io.shipgate.gateway.shipment.ParcelView;
import io.shipgate.gateway.shipment.ShipmentOptionsView;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** The body of {@code POST /v1/rates}: a shipment to quote across carriers. Addresses need only country and postal code. */
@Schema(description = "A shipment to quote across carriers. Addresses need only country and postal code.")
public record ShopRatesRequest(
        @Schema(description = "The carrier accounts to ask, at most 50; all the tenant's enabled accounts when absent")
        @Size(max = 50) List<UUID> carrierAccountIds,
        @Schema(description = "Where the parcels come from (country and postal code suffice)", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Valid AddressView shipper,
        @Schema(description = "Where the parcels go (country and postal code suffice)", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Valid AddressView recipient,
        @Schema(description = "The parcels, 1 to 50", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotEmpty @Size(max = Limits.MAX_PARCELS) @Valid List<ParcelView> parcels,
        @Schema(description = "Options that change the price (COD, declared value, signature)")
        @Valid ShipmentOptionsView options,
        @Schema(description = "The customs declaration of a cross-border shipment; some carriers price duties with it")
        @Valid CustomsDeclarationView customs,
        @Schema(description = "RATE_CARD: quote from the accounts' rate cards only, without calling any carrier (fast checkout quotes). "
                + "Absent: accounts whose carrier has a rate API are asked live, the others are quoted from their rate cards")
        QuoteSource source) {
}
