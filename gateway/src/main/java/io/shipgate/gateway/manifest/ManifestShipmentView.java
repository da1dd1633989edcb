package io.shipgate.gateway.manifest;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.shipgate.gateway.shipment.MoneyView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** One row of a manifest. */
@Schema(description = "A shipment on a manifest, as printed.")
public record ManifestShipmentView(
        @Schema(description = "The shipment's id", requiredMode = Schema.RequiredMode.REQUIRED) UUID shipmentId,
        @Schema(description = "The shipment's AWB, printed as a Code 128 barcode", requiredMode = Schema.RequiredMode.REQUIRED, example = "SB1796614692634213255321865180") String awb,
        @Schema(description = "The merchant's reference", example = "ORDER-1001") String reference,
        @Schema(description = "Its parcels", requiredMode = Schema.RequiredMode.REQUIRED, example = "1") int pieces,
        @Schema(description = "The parcels' weight in kilograms, a decimal string", type = "string", format = "decimal", example = "1.134",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal weightKg,
        @Schema(description = "The cash the courier collects on delivery, when any") MoneyView cod) {
}
