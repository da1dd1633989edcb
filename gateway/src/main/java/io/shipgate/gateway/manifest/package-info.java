/**
 * End-of-day manifests ({@code manifests}, {@code manifest_shipments}): a carrier account's shipments at a warehouse
 * closed for the day, at the carrier where it has a close operation (the manifest route, {@code CLOSE_MANIFEST}), and
 * printed as the PDF the courier signs at handover. A shipment is on one manifest only, and a manifested shipment is not
 * cancelled ({@link io.shipgate.gateway.shipment.CancellationGuard}). Publishes {@link io.shipgate.gateway.manifest.ManifestEvent}s.
 */
@ApplicationModule(displayName = "Manifests",
        allowedDependencies = {"platform", "tenant", "webhook", "warehouse", "shipment", "carrier"})
package io.shipgate.gateway.manifest;

import org.springframework.modulith.ApplicationModule;
