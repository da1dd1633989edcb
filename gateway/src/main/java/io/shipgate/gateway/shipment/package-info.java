/**
 * Shipments (tables {@code shipments}, {@code parcels}, {@code labels}, {@code shipment_documents}) and their purchase:
 * idempotency keys ({@code idempotency_keys}) and purchase intents ({@code purchase_intents}). Implements the routes'
 * {@code Shipments}, {@code IdempotencyKeys} and {@code PurchaseIntents} ports; publishes {@link io.shipgate.gateway.shipment.ShipmentEvent}s;
 * {@link io.shipgate.gateway.shipment.ShipmentTracking} is what the tracking module may read and change of a shipment.
 */
@ApplicationModule(displayName = "Shipments", allowedDependencies = {"platform", "tenant", "webhook", "warehouse", "label"})
package io.shipgate.gateway.shipment;

import org.springframework.modulith.ApplicationModule;
