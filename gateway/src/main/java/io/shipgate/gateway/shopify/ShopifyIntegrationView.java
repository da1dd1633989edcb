package io.shipgate.gateway.shopify;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The integration as the API shows it: never its secret. */
@Schema(description = "The tenant's Shopify integration, without its secret.")
record ShopifyIntegrationView(
        @Schema(description = "Whether the callback answers", requiredMode = Schema.RequiredMode.REQUIRED)
        boolean enabled,
        @Schema(description = "The callback's path: Shopify's carrier service callback_url is the gateway's public base URL and this",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "/v1/integrations/shopify/acme-store/rates")
        String callbackPath,
        @Schema(description = "The carrier accounts offered; empty: every enabled account", requiredMode = Schema.RequiredMode.REQUIRED)
        List<UUID> carrierAccountIds,
        @Schema(description = "The services offered; empty: every service with a rate card", requiredMode = Schema.RequiredMode.REQUIRED)
        List<String> services,
        @Schema(description = "Added to each price, in percent", requiredMode = Schema.RequiredMode.REQUIRED, example = "10")
        String markupPercent,
        @Schema(description = "Days from the order to the parcel being ready", requiredMode = Schema.RequiredMode.REQUIRED, example = "1")
        int handlingDays,
        @Schema(description = "The pickup cut-off (HH:mm); absent: none", example = "15:00")
        String cutOff,
        @Schema(description = "The warehouse's time zone", requiredMode = Schema.RequiredMode.REQUIRED, example = "Asia/Kolkata")
        String timeZone,
        @Schema(description = "When it was last changed", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant updatedAt) {
}
