package io.shipgate.gateway.shopify;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * Shopify's rate request, as its carrier service sends it (the fields Shipgate reads; Shopify's others are ignored).
 * Prices are in the currency's subunits (cents), weights in grams.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(description = "Shopify's carrier-service rate request (its format; fields not listed are ignored).")
record ShopifyRateRequest(@Schema(description = "The checkout's shipment", requiredMode = Schema.RequiredMode.REQUIRED) Rate rate) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "ShopifyRate", description = "Where from, where to, what, in which currency")
    record Rate(@Schema(description = "Where the parcel ships from (the shop's location)", requiredMode = Schema.RequiredMode.REQUIRED)
                ShopifyAddress origin,
                @Schema(description = "Where it is delivered (the shopper's address)", requiredMode = Schema.RequiredMode.REQUIRED)
                ShopifyAddress destination,
                @Schema(description = "The cart's lines (at most 500)", requiredMode = Schema.RequiredMode.REQUIRED) List<ShopifyItem> items,
                @Schema(description = "The shop's currency: the rates' currency", example = "CAD") String currency,
                @Schema(description = "The checkout's locale", example = "en") String locale) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(description = "An address in Shopify's rate request (its other fields are ignored)",
            additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
    record ShopifyAddress(@Schema(description = "ISO country code", example = "CA") String country,
                          @Schema(description = "The postal code", example = "M5V2T6") String postalCode,
                          @Schema(description = "The province or state code", example = "ON") String province,
                          @Schema(description = "The city", example = "Toronto") String city) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(description = "A cart line in Shopify's rate request (its other fields are ignored)",
            additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
    record ShopifyItem(@Schema(description = "The product's title", example = "Canvas Tote") String name,
                       @Schema(description = "The variant's SKU", example = "TOTE-NAT") String sku,
                       @Schema(description = "How many; absent: 1", example = "1") Integer quantity,
                       @Schema(description = "The weight of one, in grams", example = "1000") Long grams,
                       @Schema(description = "The price of one, in the currency's subunits", example = "1999") Long price,
                       @Schema(description = "Whether the line is shipped (a gift card is not); absent: true") Boolean requiresShipping) {
    }
}
