package io.shipgate.gateway.manifest;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.shipgate.gateway.shipment.MoneyView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A manifest in a list: without its rows. */
@Schema(description = "An end-of-day manifest in a list (GET /v1/manifests/{id} has its shipments).")
public record ManifestSummaryView(
        @Schema(description = "The manifest's id", requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
        @Schema(description = "The carrier account whose shipments were handed over", requiredMode = Schema.RequiredMode.REQUIRED) UUID carrierAccountId,
        @Schema(description = "The carrier's code", requiredMode = Schema.RequiredMode.REQUIRED, example = "sandbox") String carrier,
        @Schema(description = "The warehouse the courier collected at", requiredMode = Schema.RequiredMode.REQUIRED) UUID warehouseId,
        @Schema(description = "The handover date, the warehouse's local date", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date,
        @Schema(description = "CLOSED: closed at the carrier; NOT_SUPPORTED: the carrier has no close, the manifest is Shipgate's own", requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"CLOSED", "NOT_SUPPORTED"}) String carrierStatus,
        @Schema(description = "The carrier's manifest (close) number, when it closed the day") String carrierManifestId,
        @Schema(description = "How many shipments", requiredMode = Schema.RequiredMode.REQUIRED, example = "2") int shipmentCount,
        @Schema(description = "How many parcels", requiredMode = Schema.RequiredMode.REQUIRED, example = "3") int pieceCount,
        @Schema(description = "The weight of every parcel in kilograms, a decimal string", type = "string", format = "decimal", example = "2.268", requiredMode = Schema.RequiredMode.REQUIRED)
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalWeightKg,
        @Schema(description = "The cash on delivery to collect, one total per currency", requiredMode = Schema.RequiredMode.REQUIRED) List<MoneyView> codTotals,
        @Schema(description = "The path of the manifest PDF", requiredMode = Schema.RequiredMode.REQUIRED) String documentUrl,
        @Schema(description = "When the day was closed", requiredMode = Schema.RequiredMode.REQUIRED) Instant createdAt) {
}
