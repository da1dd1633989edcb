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
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID carrierAccountId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "sandbox") String carrier,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID warehouseId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"CLOSED", "NOT_SUPPORTED"}) String carrierStatus,
        String carrierManifestId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2") int shipmentCount,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "3") int pieceCount,
        @Schema(type = "string", format = "decimal", example = "2.268", requiredMode = Schema.RequiredMode.REQUIRED)
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalWeightKg,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<MoneyView> codTotals,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String documentUrl,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant createdAt) {
}
