package io.shipgate.carrier.fedex;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.model.ContentType;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.CustomsItem;
import io.shipgate.carrier.model.DutiesPayer;
import io.shipgate.carrier.model.ExportReason;
import io.shipgate.carrier.model.TaxId;
import io.shipgate.carrier.model.WeightUnit;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;

import java.util.List;

/**
 * A universal customs declaration as FedEx's {@code customsClearanceDetail}: who pays duties
 * ({@code dutiesPayment}), the commercial invoice's purpose, terms of sale (the incoterm) and
 * invoice number, one commodity per item (HS code as digits, country of manufacture, quantity,
 * unit price, customs value, weight) and the total customs value; tax ids go on the parties as
 * {@code tins}.
 */
public final class FedExCustoms {

    private FedExCustoms() {
    }

    /** The full {@code customsClearanceDetail} of a shipment. */
    public static ObjectNode forShipment(CustomsDeclaration customs, FedExSettings settings, WeightUnit unit) {
        ObjectNode detail = FedExJson.object();
        detail.set("dutiesPayment", dutiesPayment(customs, settings));
        detail.put("isDocumentOnly", customs.contentType() == ContentType.DOCUMENTS);
        ObjectNode invoice = detail.putObject("commercialInvoice");
        if (customs.contentDescription() != null && !customs.contentDescription().isBlank()) {
            invoice.putArray("comments").add(customs.contentDescription());
        }
        if (customs.invoiceNumber() != null && !customs.invoiceNumber().isBlank()) {
            invoice.putArray("customerReferences").addObject()
                    .put("customerReferenceType", "INVOICE_NUMBER").put("value", customs.invoiceNumber());
        }
        invoice.put("termsOfSale", customs.incoterm().name());
        invoice.put("shipmentPurpose", purpose(customs.exportReason()));
        detail.set("commodities", commodities(customs.items(), unit));
        detail.set("totalCustomsValue", FedExWire.money(customs.totalValue()));
        return detail;
    }

    /** The part of {@code customsClearanceDetail} a rate quote takes: duties payer, purpose and commodities. */
    public static ObjectNode forRates(CustomsDeclaration customs, FedExSettings settings, WeightUnit unit) {
        ObjectNode detail = FedExJson.object();
        detail.set("dutiesPayment", dutiesPayment(customs, settings));
        detail.putObject("commercialInvoice").put("shipmentPurpose", purpose(customs.exportReason()));
        detail.set("commodities", commodities(customs.items(), unit));
        return detail;
    }

    /** The party's tax ids as FedEx {@code tins}; empty when the declaration has none for it. */
    public static ArrayNode tins(CustomsDeclaration customs, List<TaxId.Party> parties) {
        ArrayNode tins = FedExJson.array();
        customs.taxIds().stream().filter(id -> parties.contains(id.party())).forEach(id -> tins.addObject()
                .put("number", id.value()).put("tinType", tinType(id.type())).put("usage", id.type().name()));
        return tins;
    }

    private static ObjectNode dutiesPayment(CustomsDeclaration customs, FedExSettings settings) {
        ObjectNode payment = FedExJson.object();
        if (customs.dutiesPayer() == DutiesPayer.THIRD_PARTY) {
            throw new CarrierException(CarrierErrorCategory.INVALID_REQUEST, FedExCarrier.CODE, "THIRD_PARTY_DUTIES",
                    "FedEx bills third-party duties to that party's FedEx account, which the declaration does not name:"
                            + " choose SENDER or RECIPIENT", false, null, "customs.dutiesPayer", null);
        }
        payment.put("paymentType", customs.dutiesPayer() == DutiesPayer.SENDER ? "SENDER" : "RECIPIENT");
        if (customs.dutiesPayer() == DutiesPayer.SENDER) {
            payment.putObject("payor").putObject("responsibleParty").set("accountNumber", FedExWire.account(settings));
        }
        return payment;
    }

    private static ArrayNode commodities(List<CustomsItem> items, WeightUnit unit) {
        ArrayNode commodities = FedExJson.array();
        for (CustomsItem item : items) {
            ObjectNode commodity = commodities.addObject();
            commodity.put("description", item.description());
            commodity.put("countryOfManufacture", item.originCountry());
            if (item.hsCode() != null) {
                commodity.put("harmonizedCode", item.hsCode().replace(".", ""));
            }
            commodity.put("quantity", item.quantity());
            commodity.put("quantityUnits", "PCS");
            commodity.set("unitPrice", FedExWire.money(item.unitValue()));
            commodity.set("customsValue", FedExWire.money(item.totalValue()));
            commodity.set("weight", FedExWire.weight(item.unitWeight().times(item.quantity()), unit));
            FedExJson.putIfPresent(commodity, "partNumber", item.sku());
        }
        return commodities;
    }

    /** FedEx's {@code shipmentPurpose}: SOLD, GIFT, SAMPLE, REPAIR_AND_RETURN, PERSONAL_EFFECTS or NOT_SOLD. */
    static String purpose(ExportReason reason) {
        return switch (reason) {
            case SALE -> "SOLD";
            case GIFT -> "GIFT";
            case SAMPLE -> "SAMPLE";
            case RETURN, REPAIR -> "REPAIR_AND_RETURN";
            case PERSONAL_USE -> "PERSONAL_EFFECTS";
            case OTHER -> "NOT_SOLD";
        };
    }

    /** FedEx's {@code tinType}; the universal type is kept in {@code usage} (EORI, IOSS...). */
    static String tinType(TaxId.Type type) {
        return switch (type) {
            case EORI, IOSS -> "BUSINESS_UNION";
            case VAT, GST, OTHER -> "BUSINESS_NATIONAL";
            case EIN -> "FEDERAL";
            case PAN -> "PERSONAL_NATIONAL";
        };
    }
}
