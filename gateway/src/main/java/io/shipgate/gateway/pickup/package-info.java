/**
 * Courier pickups ({@code pickups}, {@code pickup_shipments}): booked with the carrier of one of the tenant's accounts for
 * a warehouse, a date and a window, through the pickup route ({@code schedulePickup}, {@code cancelPickup}); validated
 * against the warehouse's working days, cut-off and the country's holidays first. New shipments of a warehouse that asks
 * for it are attached to the day's pickup. Publishes {@link io.shipgate.gateway.pickup.PickupEvent}s.
 */
@ApplicationModule(displayName = "Pickups",
        allowedDependencies = {"platform", "tenant", "webhook", "warehouse", "shipment", "carrier", "edd"})
package io.shipgate.gateway.pickup;

import org.springframework.modulith.ApplicationModule;
