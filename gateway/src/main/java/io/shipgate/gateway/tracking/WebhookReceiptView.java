package io.shipgate.gateway.tracking;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** What the gateway took from a carrier's tracking push. */
@Schema(description = "What the gateway took from a carrier's tracking push.")
public record WebhookReceiptView(
        @Schema(description = "How many shipments' tracking was taken", requiredMode = Schema.RequiredMode.REQUIRED, example = "1")
        int accepted,
        @Schema(description = "AWBs the carrier account never bought: acknowledged, not stored", requiredMode = Schema.RequiredMode.REQUIRED)
        List<String> unknownAwbs) {
}
