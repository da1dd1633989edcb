/**
 * Shopify carrier-calculated shipping (issue 17): a tenant's Shopify integration ({@code shopify_integrations}: the
 * app's secret sealed, what to offer, markup, handling days, cut-off), managed at {@code /v1/integrations/shopify}, and
 * the callback Shopify calls at checkout, {@code POST /v1/integrations/shopify/{tenant-slug}/rates}: HMAC-verified,
 * answered from rate cards, the serviceability tables and the EDD, never calling a carrier; docs/decide.md, "Shopify
 * callback".
 */
@ApplicationModule(displayName = "Shopify", allowedDependencies = {"platform", "tenant", "carrier", "ratecard", "serviceability", "edd"})
package io.shipgate.gateway.shopify;

import org.springframework.modulith.ApplicationModule;
