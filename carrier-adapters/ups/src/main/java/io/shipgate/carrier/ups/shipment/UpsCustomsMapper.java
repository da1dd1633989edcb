package io.shipgate.carrier.ups.shipment;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.CustomsItem;
import io.shipgate.carrier.model.DutiesPayer;
import io.shipgate.carrier.model.ExportReason;
import io.shipgate.carrier.model.Incoterm;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.TaxId;
import io.shipgate.carrier.ups.UpsErrors;
import io.shipgate.carrier.ups.UpsParties;
import io.shipgate.carrier.ups.UpsUnits;
import io.shipgate.carrier.ups.UpsWire;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A customs declaration as UPS {@code InternationalForms}: the commercial invoice (form type
 * {@code 01}; {@code 05}, the partial invoice, for returns) with one {@code Product} per item
 * (description, quantity, unit value, HS code as {@code CommodityCode}, origin, SKU as
 * {@code PartNumber}, net weight), invoice number and date, reason for export, terms of shipment
 * (the incoterm) and currency; the recipient as {@code SoldTo}.
 *
 * <p>UPS generates the invoice and answers it in {@code ShipmentResults.Form}. With
 * {@link CustomsDeclaration#paperless()} the invoice data goes to customs electronically (UPS
 * Paperless Invoice, which the UPS account must have enabled) and nothing asks for a paper copy;
 * otherwise {@code OverridePaperlessIndicator} asks UPS for the copy to print even on a paperless
 * account, so it travels with the parcel.
 */
public final class UpsCustomsMapper {

    /** UPS form types: the commercial invoice, and the partial invoice that return shipments take. */
    static final String INVOICE = "01";
    static final String PARTIAL_INVOICE = "05";

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Map<ExportReason, String> REASONS = Map.of(
            ExportReason.SALE, "SALE", ExportReason.GIFT, "GIFT", ExportReason.SAMPLE, "SAMPLE",
            ExportReason.RETURN, "RETURN", ExportReason.REPAIR, "REPAIR",
            ExportReason.PERSONAL_USE, "PERSONAL USE", ExportReason.OTHER, "OTHER");

    private UpsCustomsMapper() {
    }

    /**
     * The {@code InternationalForms} of a shipment.
     *
     * @param soldTo    who buys the goods (the recipient of a forward shipment)
     * @param shipDate  the invoice date when the declaration has none
     * @param units     the shipment's units, for the products' weights
     * @param isReturn  a return shipment (partial invoice)
     */
    static UpsShipmentWire.InternationalForms internationalForms(CustomsDeclaration customs, Address soldTo, LocalDate shipDate,
                                                                 UpsUnits units, boolean isReturn) {
        String currency = customs.items().getFirst().unitValue().currency();
        List<UpsShipmentWire.Product> products = customs.items().stream().map(item -> product(item, units)).toList();
        UpsShipmentWire.Contacts contacts = null;
        if (!isReturn) {
            UpsWire.Party party = UpsParties.party(soldTo, soldTo.name());
            contacts = new UpsShipmentWire.Contacts(party.attentionName() == null ? party.withAttentionName(party.name()) : party);
        }
        return new UpsShipmentWire.InternationalForms(List.of(isReturn ? PARTIAL_INVOICE : INVOICE), products,
                UpsWire.text(customs.invoiceNumber()), (customs.invoiceDate() != null ? customs.invoiceDate() : shipDate).format(DATE),
                termsOfShipment(customs.incoterm()), REASONS.get(customs.exportReason()), currency, contacts,
                customs.paperless() ? null : "");
    }

    /** The {@code Type 02} (duties and taxes) shipment charge, or null when the recipient pays (UPS's default). */
    static UpsWire.ShipmentCharge dutiesCharge(CustomsDeclaration customs, String accountNumber) {
        if (customs.dutiesPayer() == DutiesPayer.THIRD_PARTY) {
            throw UpsErrors.invalid("THIRD_PARTY_DUTIES",
                    "UPS bills duties to a third party by its UPS account number, which the declaration does not carry",
                    "customs.dutiesPayer");
        }
        if (customs.dutiesPayer() == DutiesPayer.RECIPIENT && customs.incoterm() != Incoterm.DDP) {
            return null;
        }
        return UpsWire.ShipmentCharge.billShipper("02", accountNumber);
    }

    /**
     * The parties' tax ids as {@code GlobalTaxInformation}: the shipper's under agent role 20 (ship
     * from) as exporter tax id ({@code 0001}), the recipient's and importer's under role 30
     * (consignee) as business tax id ({@code 1002}, the types role 30 takes); an EORI with purpose
     * {@code 02} (customs EORI), any other with {@code 01} (customs and brokerage).
     */
    static UpsShipmentWire.GlobalTaxInformation globalTaxInformation(CustomsDeclaration customs) {
        List<UpsShipmentWire.AgentTaxIdentificationNumber> agents = new ArrayList<>();
        for (TaxId.Party party : TaxId.Party.values()) {
            List<TaxId> ids = customs.taxIds().stream().filter(t -> t.party() == party).toList();
            if (ids.isEmpty()) {
                continue;
            }
            boolean shipper = party == TaxId.Party.SHIPPER;
            List<UpsShipmentWire.TaxIdentificationNumber> numbers = ids.stream().map(id -> new UpsShipmentWire.TaxIdentificationNumber(
                    id.value(), shipper ? "37" : party == TaxId.Party.IMPORTER ? "05" : "18", "0", UpsWire.text(id.issuingCountry()),
                    id.type() == TaxId.Type.EORI ? "02" : "01", shipper ? "0001" : "1002", "01")).toList();
            agents.add(new UpsShipmentWire.AgentTaxIdentificationNumber(shipper ? "20" : "30", numbers));
        }
        return new UpsShipmentWire.GlobalTaxInformation(agents);
    }

    /** The shipment's {@code Description}: what customs reads first. */
    static String description(CustomsDeclaration customs) {
        String text = customs.contentDescription() != null && !customs.contentDescription().isBlank()
                ? customs.contentDescription() : customs.items().getFirst().description();
        return text.length() <= 50 ? text : text.substring(0, 50);
    }

    private static UpsShipmentWire.Product product(CustomsItem item, UpsUnits units) {
        String description = item.description().length() <= 35 ? item.description() : item.description().substring(0, 35);
        return new UpsShipmentWire.Product(List.of(description),
                new UpsShipmentWire.Unit(item.quantity().toString(), UpsWire.CodeDescription.of("PCS"), item.unitValue().amount().toPlainString()),
                item.hsCode() == null ? null : item.hsCode().replace(".", ""), UpsWire.text(item.sku()), item.originCountry(),
                new UpsWire.Weight(units.weightUnitOfMeasurement(), units.weight(item.unitWeight().times(item.quantity()))));
    }

    /**
     * The incoterm as UPS's terms of shipment. UPS takes the Incoterms of 2000 and 2010 it lists;
     * DDU, retired in 2010, is its successor DAP; DPU (new in 2020) is not among them.
     */
    static String termsOfShipment(Incoterm incoterm) {
        return switch (incoterm) {
            case EXW, FCA, CPT, CIP, DAP, DDP -> incoterm.name();
            case DDU -> "DAP";
            case DPU -> throw UpsErrors.invalid("UNSUPPORTED_INCOTERM", "UPS does not take the incoterm DPU as terms of shipment",
                    "customs.incoterm");
        };
    }

    /** The declared total, for {@code InvoiceLineTotal}. */
    static Money total(CustomsDeclaration customs) {
        return customs.totalValue().rounded();
    }
}
