/**
 * Label profiles (table {@code label_profiles}): the stock a tenant, or one of its warehouses, prints on (PDF 4x6, 4x8,
 * A6 or A4 with 1 or 4 labels a page; ZPL at 203 or 300 dpi; PNG), and {@link io.shipgate.gateway.label.LabelSheets},
 * which lays carriers' labels out on a profile's pages without shrinking them (so their barcodes keep the size
 * scanners read). Shipments and batches render their labels through it.
 */
@ApplicationModule(displayName = "Label profiles", allowedDependencies = {"platform", "tenant"})
package io.shipgate.gateway.label;

import org.springframework.modulith.ApplicationModule;
