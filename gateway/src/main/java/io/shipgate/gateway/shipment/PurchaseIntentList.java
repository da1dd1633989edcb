package io.shipgate.gateway.shipment;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The answer of {@code GET /v1/purchase-intents}. */
@Schema(description = "The tenant's unsettled purchases, newest first.")
public record PurchaseIntentList(
        @Schema(description = "The purchases", requiredMode = Schema.RequiredMode.REQUIRED)
        List<PurchaseIntentView> data) {
}
