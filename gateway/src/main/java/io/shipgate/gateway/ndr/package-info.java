/**
 * NDR, non-delivery reports (issue 18): a case per shipment whose delivery failed ({@code ndr_cases}), raised and updated
 * by the shipment's {@code FailedAttempt} events and closed by delivery, return to origin, cancellation or its deadline;
 * its attempts ({@code ndr_attempts}); the actions taken on it through the carrier's {@code ndrAction} by the API or by
 * the tenant's automatic policies ({@code ndr_actions}, {@code ndr_policies}). Implements the routes' {@code NdrCases}
 * port; publishes {@link io.shipgate.gateway.ndr.NdrEvent}s; docs/operations.md, "NDR (failed deliveries)".
 */
@ApplicationModule(displayName = "NDR", allowedDependencies = {"platform", "tenant", "shipment", "webhook"})
package io.shipgate.gateway.ndr;

import org.springframework.modulith.ApplicationModule;
