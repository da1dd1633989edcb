/**
 * Serviceability (issue 17): per carrier account, the postal codes it serves and how (prepaid, COD
 * up to a limit, pickup, reverse pickup, out of delivery area, embargo), uploaded as versioned tables
 * ({@code serviceability_tables}, {@code serviceability_rows}, {@code serviceability_generation}) and
 * held in memory per active version; the carriers' live checks, cached; and the answer to "which of the
 * tenant's carrier accounts can take this parcel, and why not the others" ({@code POST /v1/serviceability});
 * docs/decide.md.
 */
@ApplicationModule(displayName = "Serviceability", allowedDependencies = {"platform", "tenant", "carrier", "shipment"})
package io.shipgate.gateway.serviceability;

import org.springframework.modulith.ApplicationModule;
