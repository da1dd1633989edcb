package io.shipgate.carrier.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The customs declaration of a cross-border shipment: what goes in, its value, who pays duties,
 * and the parties' tax ids. Adapters map it to the carrier's commercial invoice / export
 * declaration (UPS InternationalForms, FedEx customsClearanceDetail, MyDHL exportDeclaration).
 */
public record CustomsDeclaration(ContentType contentType,
                                 String contentDescription,
                                 Incoterm incoterm,
                                 DutiesPayer dutiesPayer,
                                 String invoiceNumber,
                                 LocalDate invoiceDate,
                                 ExportReason exportReason,
                                 List<CustomsItem> items,
                                 List<TaxId> taxIds,
                                 Boolean paperless,
                                 List<TradeDocument> documents) {

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
