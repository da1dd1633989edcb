package io.shipgate.carrier.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * The customs declaration of a cross-border shipment: what goes in, its value, who pays duties,
 * and the parties' tax ids. Adapters map it to the carrier's commercial invoice / export
 * declaration (UPS InternationalForms, FedEx customsClearanceDetail, MyDHL exportDeclaration).
 */
@WithinLimits
public record CustomsDeclaration(@NotNull ContentType contentType,
                                 @Size(max = 200) String contentDescription,
                                 @NotNull Incoterm incoterm,
                                 @NotNull DutiesPayer dutiesPayer,
                                 @Size(max = 35) String invoiceNumber,
                                 @WithinLimits LocalDate invoiceDate,
                                 @NotNull ExportReason exportReason,
                                 @NotEmpty @Size(max = Limits.MAX_CUSTOMS_ITEMS) @Valid List<CustomsItem> items,
                                 @Size(max = Limits.MAX_TAX_IDS) @Valid List<TaxId> taxIds,
                                 Boolean paperless,
                                 @Size(max = 5) @Valid List<TradeDocument> documents) {

    public CustomsDeclaration {
        taxIds = taxIds == null ? List.of() : List.copyOf(taxIds);
        paperless = Boolean.TRUE.equals(paperless);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** The sum of all items' values, in the first item's currency. */
    public Money totalValue() {
        return items.stream().map(CustomsItem::totalValue).reduce(Money::plus).orElseThrow();
    }
}
