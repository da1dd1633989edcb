package io.shipgate.gateway.shipment;

import io.swagger.v3.oas.annotations.media.Schema;

/** Something the carrier or Shipgate said beside the sale, in words safe to show a merchant. */
@Schema(description = "Something the carrier or Shipgate said beside the sale, e.g. that a label it sold could not be read.")
public record ShipmentWarningView(
        @Schema(description = "The carrier's own code, or Shipgate's (LABEL_UNREADABLE: the carrier sold a label Shipgate could not read; "
                + "the shipment stands without it)", requiredMode = Schema.RequiredMode.REQUIRED, example = "LABEL_UNREADABLE")
        String code,
        @Schema(description = "What was said, in the carrier's or Shipgate's words", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "the carrier's label could not be decoded")
        String message) {
}
