/**
 * Rate cards (issue 17): per carrier account and service, a price list (zones by origin and destination postal
 * groups, weight slabs per zone, per-additional-weight steps, COD fee, fuel surcharge, ODA surcharge, volumetric
 * divisor, currency) uploaded as CSV or JSON, validated row by row and versioned ({@code rate_cards},
 * {@code rate_card_generation}); held in memory per active version; quoted by {@link io.shipgate.gateway.ratecard.RateCardQuotes}
 * for {@code POST /v1/rates} without calling the carrier; docs/decide.md, "Rate cards".
 */
@ApplicationModule(displayName = "Rate cards", allowedDependencies = {"platform", "tenant", "carrier", "serviceability"})
package io.shipgate.gateway.ratecard;

import org.springframework.modulith.ApplicationModule;
