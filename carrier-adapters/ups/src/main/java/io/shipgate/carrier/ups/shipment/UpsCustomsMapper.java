package io.shipgate.carrier.ups.shipment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.CustomsItem;
import io.shipgate.carrier.model.DutiesPayer;
import io.shipgate.carrier.model.ExportReason;
import io.shipgate.carrier.model.Incoterm;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.TaxId;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.ups.UpsCarrier;
import io.shipgate.carrier.ups.UpsJson;
import io.shipgate.carrier.ups.UpsParties;
import io.shipgate.carrier.ups.UpsUnits;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
    static ObjectNode internationalForms(CustomsDeclaration customs, Address soldTo, LocalDate shipDate, UpsUnits units,
                                         boolean isReturn) {
        ObjectNode forms = UpsJson.object();
        forms.putArray("FormType").add(isReturn ? PARTIAL_INVOICE : INVOICE);
        String currency = customs.items().getFirst().unitValue().currency();
        ArrayNode products = forms.putArray("Product");
        for (CustomsItem item : customs.items()) {
            products.add(product(item, units));
        }
        UpsJson.putIfPresent(forms, "InvoiceNumber", customs.invoiceNumber());
        forms.put("InvoiceDate", (customs.invoiceDate() != null ? customs.invoiceDate() : shipDate).format(DATE));
        forms.put("TermsOfShipment", termsOfShipment(customs.incoterm()));
        forms.put("ReasonForExport", REASONS.get(customs.exportReason()));
        forms.put("CurrencyCode", currency);
        if (!isReturn) {
            ObjectNode soldToNode = UpsParties.party(soldTo, soldTo.name());
            if (!soldToNode.has("AttentionName")) {
                soldToNode.put("AttentionName", soldToNode.get("Name").asText());
            }
            forms.putObject("Contacts").set("SoldTo", soldToNode);
        }
        if (!customs.paperless()) {
            forms.put("OverridePaperlessIndicator", "");
        }
        return forms;
    }

    /** The {@code Type 02} (duties and taxes) shipment charge, or null when the recipient pays (UPS's default). */
    static ObjectNode dutiesCharge(CustomsDeclaration customs, String accountNumber) {
        if (customs.dutiesPayer() == DutiesPayer.THIRD_PARTY) {
            throw new CarrierException(CarrierErrorCategory.INVALID_REQUEST, UpsCarrier.CODE, "THIRD_PARTY_DUTIES",
                    "UPS bills duties to a third party by its UPS account number, which the declaration does not carry",
                    false, null, "customs.dutiesPayer", null);
        }
        if (customs.dutiesPayer() == DutiesPayer.RECIPIENT && customs.incoterm() != Incoterm.DDP) {
            return null;
        }
        ObjectNode charge = UpsJson.object().put("Type", "02");
        charge.putObject("BillShipper").put("AccountNumber", accountNumber);
        return charge;
    }

    /**
     * The parties' tax ids as {@code GlobalTaxInformation}: the shipper's under agent role 20 (ship
     * from) as exporter tax id ({@code 0001}), the recipient's and importer's under role 30
     * (consignee) as business tax id ({@code 1002}, the types role 30 takes); an EORI with purpose
     * {@code 02} (customs EORI), any other with {@code 01} (customs and brokerage).
     */
    static ObjectNode globalTaxInformation(CustomsDeclaration customs) {
        ObjectNode global = UpsJson.object();
        ArrayNode agents = global.putArray("AgentTaxIdentificationNumber");
        for (TaxId.Party party : TaxId.Party.values()) {
            java.util.List<TaxId> ids = customs.taxIds().stream().filter(t -> t.party() == party).toList();
            if (ids.isEmpty()) {
                continue;
            }
            boolean shipper = party == TaxId.Party.SHIPPER;
            ObjectNode agent = agents.addObject().put("AgentRole", shipper ? "20" : "30");
            ArrayNode numbers = agent.putArray("TaxIdentificationNumber");
            for (TaxId id : ids) {
                ObjectNode number = numbers.addObject();
                number.put("IdentificationNumber", id.value());
                number.put("IDNumberCustomerRole", shipper ? "37" : party == TaxId.Party.IMPORTER ? "05" : "18");
                number.put("IDNumberEncryptionIndicator", "0");
                UpsJson.putIfPresent(number, "IDNumberIssuingCntryCd", id.issuingCountry());
                number.put("IDNumberPurposeCode", id.type() == TaxId.Type.EORI ? "02" : "01");
                number.put("IDNumberTypeCode", shipper ? "0001" : "1002");
                number.put("IncludeIDNumberOnShippingBrokerageDocs", "01");
            }
        }
        return global;
    }

    /** The shipment's {@code Description}: what customs reads first. */
    static String description(CustomsDeclaration customs) {
        String text = customs.contentDescription() != null && !customs.contentDescription().isBlank()
                ? customs.contentDescription() : customs.items().getFirst().description();
        return text.length() <= 50 ? text : text.substring(0, 50);
    }

    private static ObjectNode product(CustomsItem item, UpsUnits units) {
        ObjectNode product = UpsJson.object();
        product.putArray("Description").add(item.description().length() <= 35 ? item.description() : item.description().substring(0, 35));
        ObjectNode unit = product.putObject("Unit");
        unit.put("Number", item.quantity().toString());
        unit.putObject("UnitOfMeasurement").put("Code", "PCS");
        unit.put("Value", item.unitValue().amount().toPlainString());
        if (item.hsCode() != null) {
            product.put("CommodityCode", item.hsCode().replace(".", ""));
        }
        UpsJson.putIfPresent(product, "PartNumber", item.sku());
        product.put("OriginCountryCode", item.originCountry());
        ObjectNode weight = product.putObject("ProductWeight");
        weight.set("UnitOfMeasurement", units.weightUnitNode());
        weight.put("Weight", units.weight(item.unitWeight().times(item.quantity())));
        return product;
    }

    /**
     * The incoterm as UPS's terms of shipment. UPS takes the Incoterms of 2000 and 2010 it lists;
     * DDU, retired in 2010, is its successor DAP; DPU (new in 2020) is not among them.
     */
    static String termsOfShipment(Incoterm incoterm) {
        return switch (incoterm) {
            case EXW, FCA, CPT, CIP, DAP, DDP -> incoterm.name();
            case DDU -> "DAP";
            case DPU -> throw new CarrierException(CarrierErrorCategory.INVALID_REQUEST, UpsCarrier.CODE, "UNSUPPORTED_INCOTERM",
                    "UPS does not take the incoterm DPU as terms of shipment", false, null, "customs.incoterm", null);
        };
    }

    /** The declared total, for {@code InvoiceLineTotal}. */
    static Money total(CustomsDeclaration customs) {
        return customs.totalValue().rounded();
    }
}
