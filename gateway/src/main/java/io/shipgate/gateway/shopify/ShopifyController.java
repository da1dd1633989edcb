package io.shipgate.gateway.shopify;

import io.shipgate.gateway.platform.openapi.ErrorResponses;
import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.shipgate.gateway.tenant.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Shopify", description = "Carrier-calculated shipping at Shopify's checkout, from rate cards and the EDD (docs/decide.md).")
class ShopifyController {

    private final ShopifyIntegrationService integrations;
    private final ShopifyRates rates;

    ShopifyController(ShopifyIntegrationService integrations, ShopifyRates rates) {
        this.integrations = integrations;
        this.rates = rates;
    }

    @GetMapping("/v1/integrations/shopify")
    @Operation(operationId = "getShopifyIntegration", summary = "The tenant's Shopify integration", description = "Never its secret.")
    @ExampleBodies(response = "shopify-integration")
    @ErrorResponses(404)
    ShopifyIntegrationView get(Tenant tenant) {
        return integrations.get(tenant.id());
    }

    @PutMapping("/v1/integrations/shopify")
    @Operation(operationId = "putShopifyIntegration", summary = "Set the tenant's Shopify integration (live key only)", description = """
            The Shopify app's shared secret (sealed at rest, never shown again), whether the callback answers, which carrier accounts \
            and services it offers, a markup, handling days and the pickup cut-off. Register callback_path with Shopify \
            (docs/decide.md, "Shopify callback").""")
    @ExampleBodies(request = "shopify-integration-request", response = "shopify-integration")
    ShopifyIntegrationView put(Tenant tenant, @Valid @RequestBody ShopifyIntegrationRequest request) {
        return integrations.put(tenant.id(), request);
    }

    @PostMapping(path = "/v1/integrations/shopify/{slug}/rates", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "shopifyRates", summary = "Shopify's carrier-service callback", description = """
            Called by Shopify at checkout, never with an API key: X-Shopify-Hmac-Sha256 must be the base64 HMAC-SHA256 of the raw \
            body with the app's secret (else 401, and nothing else is done). An unknown slug or a missing or disabled integration is \
            a 404 (Shopify then shows the shop's backup rates). Rates come from rate cards in the shop's currency, less the accounts \
            whose serviceability table refuses the lane, with the EDD's window at 80 % confidence; no carrier is called. \
            An empty list: nothing can ship this cart.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "Shopify's rate request, as it sends it",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ShopifyRateRequest.class))))
    @ExampleBodies(request = "shopify-rate-request", response = "shopify-rates")
    @ErrorResponses({401, 404})
    ShopifyRatesView rates(@Parameter(description = "The tenant's slug (GET /v1/tenant)", example = "acme-store") @PathVariable String slug,
                           @Parameter(description = "Shopify's signature of the body") @RequestHeader(value = ShopifySignature.HEADER, required = false)
                           String signature,
                           @RequestBody byte[] body) {
        return rates.rates(slug, body, signature);
    }
}
