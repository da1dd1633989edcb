/**
 * Customer returns (issue 18): reverse pickups booked on a carrier ({@code POST /v1/returns}) for a delivered shipment or
 * standalone, their labels, their cancellation before pickup, and the tenants' return rules ({@code /v1/return-rules}:
 * window, non-returnable reasons and SKUs). Tables {@code returns}, {@code return_labels}, {@code return_rules}. A return's
 * AWB is tracked as a tracker of the shipment module (the one tracking pipeline: poller and pushes); the return follows its
 * tracker's {@link io.shipgate.gateway.shipment.ShipmentEvent.StatusChanged} through the RETURN_* statuses and publishes
 * {@link io.shipgate.gateway.returns.ReturnEvent}s (merchant webhooks {@code return.created}, {@code return.status_changed}).
 * {@code carrier: "auto"} asks the recommendation module among the accounts whose serviceability table allows a reverse
 * pickup at the customer's postal code; docs/operations.md, "Returns (reverse pickups)".
 */
@ApplicationModule(displayName = "Returns",
        allowedDependencies = {"platform", "tenant", "carrier", "shipment", "serviceability", "recommendation", "webhook"})
package io.shipgate.gateway.returns;

import org.springframework.modulith.ApplicationModule;
