package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.ContentType;
import io.shipgate.carrier.model.DutiesPayer;
import io.shipgate.carrier.model.ExportReason;
import io.shipgate.carrier.model.Incoterm;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** The customs declaration of a cross-border shipment: what goes in, its value, who pays duties, the parties' tax ids. */
@WithinLimits
@Schema(description = "The customs declaration a cross-border shipment (shipper and recipient in different countries) must have.")
public record CustomsDeclarationView(
        @Schema(description = "What the parcels contain", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull ContentType contentType,
        @Schema(description = "The contents in a few words", maxLength = 200, example = "Cotton T-shirts")
        @Size(max = 200) String contentDescription,
        @Schema(description = "The Incoterm (2020) of the sale", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull Incoterm incoterm,
        @Schema(description = "Who pays import duties and taxes", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull DutiesPayer dutiesPayer,
        @Schema(description = "The commercial invoice's number", maxLength = 35, example = "INV-2026-0042")
        @Size(max = 35) String invoiceNumber,
        @Schema(description = "The commercial invoice's date (2000-01-01 to 2099-12-31)")
        @WithinLimits LocalDate invoiceDate,
        @Schema(description = "Why the goods leave the country", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull ExportReason exportReason,
        @Schema(description = "The lines: 1 to 100, all in the first item's currency", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotEmpty @Size(max = Limits.MAX_CUSTOMS_ITEMS) @Valid List<CustomsItemView> items,
        @Schema(description = "The parties' tax and customs numbers, at most 10")
        @Size(max = Limits.MAX_TAX_IDS) @Valid List<TaxIdView> taxIds,
        @Schema(description = "Whether the carrier submits the invoice electronically (no paper copies with the parcel); false when absent")
        Boolean paperless,
        @Schema(description = "Documents submitted electronically with the shipment, at most 5")
        @Size(max = 5) @Valid List<TradeDocumentView> documents) {
}
