/**
 * Carrier recommendation (issue 17): the tenant's rules ({@code recommendation_rules}, versioned; weights, hard filters,
 * pinned preferences, load distribution), the engine that ranks the carrier services able to take an order (the
 * serviceability check, the rate cards' quotes, the EDD and the lanes' reliability, all read from memory) and explains
 * each score and exclusion ({@code POST /v1/recommendations}), the daily shipment counts that caps are checked against
 * ({@code carrier_daily_shipments}), and the shipment module's {@link io.shipgate.gateway.shipment.CarrierChooser} for
 * {@code carrier: "auto"}; docs/decide.md, "Recommendation".
 */
@ApplicationModule(displayName = "Recommendation",
        allowedDependencies = {"platform", "tenant", "carrier", "shipment", "serviceability", "ratecard", "lanes", "edd"})
package io.shipgate.gateway.recommendation;

import org.springframework.modulith.ApplicationModule;
