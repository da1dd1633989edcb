package io.shipgate.gateway.shipment;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** One page of the shipments, newest first. */
@Schema(description = "One page of the tenant's shipments, newest first.")
public record ShipmentPage(
        @Schema(description = "The shipments of this page", requiredMode = Schema.RequiredMode.REQUIRED)
        List<ShipmentSummaryView> data,
        @Schema(description = "Pass it as cursor for the next page; absent on the last page")
        String nextCursor) {
}
