package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.ServiceLevel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** The body of {@code POST /v1/shipments}: a label purchase, validated with the {@link LabelPurchase} group. */
@Schema(description = "A label purchase: which carrier account and service, the lane, the parcels, options and, across a border, customs.")
public record CreateShipmentRequest(
        @Schema(description = "The tenant's carrier account that buys the label (from a rate quote); or give carrier")
        UUID carrierAccountId,
        @Schema(description = "A carrier code (sandbox, ups, fedex, dhl-express, delhivery), when the tenant has one enabled account of that carrier; "
                + "or auto: buy the top option of the carrier recommendation (POST /v1/recommendations; service_level narrows it), "
                + "recorded with the shipment as its decision", maxLength = 40, example = "sandbox")
        @Size(max = 40) String carrier,
        @Schema(description = "The carrier's service code from a rate quote; or give service_level", maxLength = 60, example = "sandbox_standard")
        @Size(max = 60) String service,
        @Schema(description = "The universal service level, when no service is given; STANDARD when neither is")
        ServiceLevel serviceLevel,
        @Schema(description = "Where the parcels come from: a full address (name, street1, city, country)",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Valid AddressView shipper,
        @Schema(description = "Where the parcels go: a full address (name, street1, city, country)", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Valid AddressView recipient,
        @Schema(description = "The parcels, 1 to 50", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotEmpty @Size(max = Limits.MAX_PARCELS) @Valid List<ParcelView> parcels,
        @Schema(description = "The merchant's own reference (an order number), printed on the label", maxLength = 60, example = "ORDER-1001")
        @Size(max = 60) String reference,
        @Schema(description = "Optional services")
        @Valid ShipmentOptionsView options,
        @Schema(description = "The customs declaration; required when shipper and recipient are in different countries")
        @Valid CustomsDeclarationView customs,
        @Schema(description = "The tenant's warehouse the parcels leave from (GET /v1/warehouses): its pickups and end-of-day manifests "
                + "collect the shipment")
        UUID warehouseId) {
}
