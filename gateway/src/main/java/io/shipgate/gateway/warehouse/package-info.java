/**
 * Warehouses: the tenant's pickup locations ({@code warehouses}) with their address, contact, daily cut-off (local
 * time in the warehouse's time zone) and working days. Other features read one through {@link io.shipgate.gateway.warehouse.Warehouses}:
 * shipments name the warehouse they leave from, pickups and end-of-day manifests are per warehouse.
 */
@ApplicationModule(displayName = "Warehouses", allowedDependencies = {"platform", "tenant"})
package io.shipgate.gateway.warehouse;

import org.springframework.modulith.ApplicationModule;
