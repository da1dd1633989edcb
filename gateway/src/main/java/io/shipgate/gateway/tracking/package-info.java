/**
 * Shipments' tracking timelines ({@code tracking_events}): the routes' {@code TrackingTimeline} port (events stored once,
 * the status moved through the shipment module), the timeline view and the carriers' pushes.
 */
@ApplicationModule(displayName = "Tracking", allowedDependencies = {"platform", "shipment", "tenant"})
package io.shipgate.gateway.tracking;

import org.springframework.modulith.ApplicationModule;
