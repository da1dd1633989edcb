package io.shipgate.gateway.shopify;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The callback's answer, in Shopify's format. */
@Schema(description = "Shipping rates in Shopify's carrier-service format; empty: Shipgate cannot ship this cart.")
record ShopifyRatesView(@Schema(description = "The rates, cheapest first", requiredMode = Schema.RequiredMode.REQUIRED) List<ShopifyRateView> rates) {

    @Schema(description = "One rate as Shopify shows it at checkout.")
    record ShopifyRateView(
            @Schema(description = "What the shopper sees", requiredMode = Schema.RequiredMode.REQUIRED, example = "Surface")
            String serviceName,
            @Schema(description = "carrier.service: stable per carrier service", requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "sandbox.ground")
            String serviceCode,
            @Schema(description = "The price in the currency's subunits (cents), as a string", requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "1295")
            String totalPrice,
            @Schema(description = "The rate's currency: the shop's", requiredMode = Schema.RequiredMode.REQUIRED, example = "CAD")
            String currency,
            @Schema(description = "The delivery window in words; empty without an EDD", requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "Estimated delivery 2026-12-09 to 2026-12-11")
            String description,
            @Schema(description = "The EDD's earliest date at 80 % confidence (yyyy-MM-dd HH:mm:ss Z, noon in the integration's time zone)",
                    example = "2026-12-09 12:00:00 +0000")
            String minDeliveryDate,
            @Schema(description = "The EDD's latest date at 80 % confidence", example = "2026-12-11 12:00:00 +0000")
            String maxDeliveryDate) {
    }
}
