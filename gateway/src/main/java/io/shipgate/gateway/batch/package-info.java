/**
 * Bulk shipping (tables {@code batches}, {@code batch_rows}): up to 10,000 shipment requests in one call (JSON, JSON
 * lines or CSV), each row checked as {@code POST /v1/shipments} checks it, stored, then bought by the batch worker
 * ({@code routes}' BatchRoute, through the {@code BatchRows} port implemented here) on the shipment module's purchase
 * path; the batch's labels merged into one document for a label profile.
 */
@ApplicationModule(displayName = "Bulk shipping", allowedDependencies = {"platform", "tenant", "shipment", "label"})
package io.shipgate.gateway.batch;

import org.springframework.modulith.ApplicationModule;
