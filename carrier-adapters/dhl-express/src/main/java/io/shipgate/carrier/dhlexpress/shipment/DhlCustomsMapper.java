package io.shipgate.carrier.dhlexpress.shipment;

import io.shipgate.carrier.dhlexpress.DhlErrors;
import io.shipgate.carrier.dhlexpress.DhlParties;
import io.shipgate.carrier.dhlexpress.DhlUnits;
import io.shipgate.carrier.model.ContentType;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.CustomsItem;
import io.shipgate.carrier.model.ExportReason;
import io.shipgate.carrier.model.Incoterm;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.TaxId;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.spi.CarrierException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A universal customs declaration in MyDHL's terms: the declared value and incoterm of
 * {@code content}, its {@code exportDeclaration} (a line item per customs item with its HS code,
 * unit price, quantity, origin and weight; the invoice number and date; the export reason), the
 * parties' tax ids as {@code registrationNumbers}, and for paperless trade the merchant's documents
 * as {@code documentImages}.
 */
public final class DhlCustomsMapper {

    /** MyDHL's registration number types of the universal tax ids; PAN and OTHER have none. */
    private static final Map<TaxId.Type, String> REGISTRATION_TYPES = Map.of(
            TaxId.Type.EORI, "EOR", TaxId.Type.VAT, "VAT", TaxId.Type.GST, "GST", TaxId.Type.IOSS, "SDT", TaxId.Type.EIN, "EIN");

    private static final Map<TradeDocument.Type, String> DOCUMENT_TYPES = Map.of(
            TradeDocument.Type.COMMERCIAL_INVOICE, "CIN",
            TradeDocument.Type.PRO_FORMA_INVOICE, "PNV",
            TradeDocument.Type.CERTIFICATE_OF_ORIGIN, "COO",
            TradeDocument.Type.USMCA_CERTIFICATION, "NAF",
            TradeDocument.Type.PACKING_LIST, "DCL",
            TradeDocument.Type.OTHER, "DCL");

    private static final Map<String, String> IMAGE_FORMATS = Map.of(
            "application/pdf", "PDF", "image/png", "PNG", "image/tiff", "TIFF", "image/gif", "GIF", "image/jpeg", "JPEG");

    private DhlCustomsMapper() {
    }

    /** Whether MyDHL must clear the content through customs: cross-border goods, not documents. */
    public static boolean declarable(CustomsDeclaration customs, boolean crossBorder) {
        return crossBorder && customs != null && customs.contentType() != ContentType.DOCUMENTS;
    }

    /** The incoterm as MyDHL takes it: DDU, retired from the Incoterms, is its successor DAP. */
    public static String incoterm(Incoterm incoterm) {
        return incoterm == Incoterm.DDU ? Incoterm.DAP.name() : incoterm.name();
    }

    /** The declared value: the sum of the items, which must all be in one currency. */
    public static Money declaredValue(CustomsDeclaration customs) {
        String currency = customs.items().getFirst().unitValue().currency();
        if (customs.items().stream().anyMatch(i -> !i.unitValue().currency().equals(currency))) {
            throw invalid("customs.items", "MIXED_CURRENCIES", "DHL Express declares every customs item in one currency");
        }
        return customs.totalValue().rounded();
    }

    /**
     * The export declaration: one line per item, the invoice (its number: the declaration's, else
     * the shipment's reference; its date: the declaration's, else the ship date).
     */
    public static DhlShipmentWire.ExportDeclaration exportDeclaration(CustomsDeclaration customs, DhlUnits units, String reference,
                                                                     LocalDate shipDate) {
        String reason = exportReasonType(customs.exportReason());
        List<DhlShipmentWire.LineItem> lines = new ArrayList<>();
        for (int i = 0; i < customs.items().size(); i++) {
            CustomsItem item = customs.items().get(i);
            var lineWeight = units.weight(item.unitWeight().times(item.quantity()));
            lines.add(new DhlShipmentWire.LineItem(i + 1, item.description(), item.unitValue().rounded().amount(),
                    new DhlShipmentWire.Quantity(item.quantity(), "PCS"),
                    item.hsCode() == null ? null : List.of(new DhlShipmentWire.CommodityCode("outbound", item.hsCode().replace(".", ""))),
                    reason, item.originCountry(), new DhlShipmentWire.LineWeight(lineWeight, lineWeight)));
        }
        String number = customs.invoiceNumber() != null && !customs.invoiceNumber().isBlank() ? customs.invoiceNumber() : reference;
        if (number == null || number.isBlank()) {
            throw invalid("customs.invoiceNumber", "MISSING_FIELD",
                    "DHL Express needs an invoice number for the export declaration (customs.invoiceNumber or reference)");
        }
        LocalDate date = customs.invoiceDate() != null ? customs.invoiceDate() : shipDate;
        return new DhlShipmentWire.ExportDeclaration(List.copyOf(lines), new DhlShipmentWire.Invoice(number, date.toString()),
                reason, personal(customs.exportReason()) ? "personal" : "commercial");
    }

    /** MyDHL's {@code exportReasonType}: a sale is commercial_purpose_or_sale, goods for repair go out as {@code return}. */
    static String exportReasonType(ExportReason reason) {
        return switch (reason) {
            case SALE -> "commercial_purpose_or_sale";
            case GIFT -> "gift";
            case SAMPLE -> "sample";
            case RETURN -> "return_to_origin";
            case REPAIR -> "return";
            case PERSONAL_USE -> "personal_belongings_or_personal_use";
            case OTHER -> "permanent";
        };
    }

    /** The tax ids of one party as MyDHL registration numbers (issued by the party's country unless stated). */
    public static List<DhlParties.RegistrationNumber> registrationNumbers(CustomsDeclaration customs, TaxId.Party party,
                                                                       String partyCountry) {
        if (customs == null) {
            return List.of();
        }
        List<DhlParties.RegistrationNumber> numbers = new ArrayList<>();
        for (int i = 0; i < customs.taxIds().size(); i++) {
            TaxId taxId = customs.taxIds().get(i);
            if (taxId.party() != party) {
                continue;
            }
            String type = REGISTRATION_TYPES.get(taxId.type());
            if (type == null) {
                throw invalid("customs.taxIds[" + i + "].type", "UNSUPPORTED_TAX_ID",
                        "DHL Express has no registration number type for " + taxId.type()
                                + " (it takes EORI, VAT, GST, IOSS and EIN)");
            }
            numbers.add(new DhlParties.RegistrationNumber(type, taxId.value(),
                    taxId.issuingCountry() != null ? taxId.issuingCountry() : partyCountry));
        }
        return numbers;
    }

    /** Whether any tax id is the importer's, which MyDHL keeps on an importer party. */
    public static boolean hasImporter(CustomsDeclaration customs) {
        return customs != null && customs.taxIds().stream().anyMatch(t -> t.party() == TaxId.Party.IMPORTER);
    }

    /** Paperless trade: the merchant's documents, sent with the shipment (MyDHL's later upload needs ten minutes' wait). */
    public static List<DhlShipmentWire.DocumentImage> documentImages(CustomsDeclaration customs) {
        List<DhlShipmentWire.DocumentImage> images = new ArrayList<>();
        for (int i = 0; i < customs.documents().size(); i++) {
            TradeDocument document = customs.documents().get(i);
            String format = IMAGE_FORMATS.get(document.contentType().toLowerCase(Locale.ROOT));
            if (format == null) {
                throw invalid("customs.documents[" + i + "].contentType", "UNSUPPORTED_DOCUMENT_FORMAT",
                        "DHL Express takes paperless documents as PDF, PNG, TIFF, GIF or JPEG");
            }
            images.add(new DhlShipmentWire.DocumentImage(DOCUMENT_TYPES.get(document.type()), format,
                    Base64.getEncoder().encodeToString(document.content())));
        }
        return images.isEmpty() ? null : List.copyOf(images);
    }

    /** Whether the merchant sends its own invoice, so DHL should not generate one. */
    public static boolean merchantInvoice(CustomsDeclaration customs) {
        return customs.paperless() && customs.documents().stream().anyMatch(d -> d.type() == TradeDocument.Type.COMMERCIAL_INVOICE
                || d.type() == TradeDocument.Type.PRO_FORMA_INVOICE);
    }

    /** A pro forma invoice for goods that are not sold. */
    public static String invoiceType(CustomsDeclaration customs) {
        return customs.exportReason() == ExportReason.SALE ? "commercial" : "proforma";
    }

    private static boolean personal(ExportReason reason) {
        return reason == ExportReason.GIFT || reason == ExportReason.PERSONAL_USE;
    }

    private static CarrierException invalid(String field, String code, String message) {
        return DhlErrors.invalid(field, code, message);
    }
}
