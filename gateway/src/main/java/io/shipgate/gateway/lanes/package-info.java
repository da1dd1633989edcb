/**
 * Lane performance (issue 17): what the tenant's tracking history says of each carrier service between two regions
 * (transit times in business days, delivery success, RTO, NDR, first-attempt success, on-time rate), learned as
 * shipments finish, decayed over time and smoothed toward the carrier's average on thin lanes. The EDD and the
 * recommendation read it; docs/decide.md.
 */
@ApplicationModule(displayName = "Lanes", allowedDependencies = {"platform", "shipment", "edd", "serviceability", "ratecard", "tenant", "carrier"})
package io.shipgate.gateway.lanes;

import org.springframework.modulith.ApplicationModule;
