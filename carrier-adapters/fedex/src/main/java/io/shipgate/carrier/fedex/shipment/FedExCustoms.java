package io.shipgate.carrier.fedex.shipment;

import io.shipgate.carrier.fedex.FedExCommodities;
import io.shipgate.carrier.fedex.FedExSettings;
import io.shipgate.carrier.fedex.FedExUnits;
import io.shipgate.carrier.fedex.FedExValues;
import io.shipgate.carrier.model.ContentType;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.TaxId;
import io.shipgate.carrier.model.WeightUnit;

import java.util.List;

/**
 * A universal customs declaration as a shipment's {@code customsClearanceDetail}: who pays duties,
 * the commercial invoice's purpose, terms of sale (the incoterm) and invoice number, the commodities
 * ({@link FedExCommodities}) and the total customs value; tax ids go on the parties as {@code tins}.
 */
public final class FedExCustoms {

    private FedExCustoms() {
    }

    public static FedExShipmentWire.CustomsClearance forShipment(CustomsDeclaration customs, FedExSettings settings, WeightUnit unit) {
        String comment = FedExValues.text(customs.contentDescription());
        String invoiceNumber = FedExValues.text(customs.invoiceNumber());
        return new FedExShipmentWire.CustomsClearance(FedExCommodities.dutiesPayment(customs, settings),
                customs.contentType() == ContentType.DOCUMENTS,
                new FedExShipmentWire.Invoice(comment == null ? null : List.of(customs.contentDescription()),
                        invoiceNumber == null ? null : List.of(new FedExShipmentWire.Reference("INVOICE_NUMBER", customs.invoiceNumber())),
                        customs.incoterm().name(), FedExCommodities.purpose(customs.exportReason())),
                FedExCommodities.commodities(customs.items(), unit), FedExUnits.money(customs.totalValue()));
    }

    /** The party's tax ids as FedEx {@code tins}; null when the declaration has none for it. */
    public static List<FedExShipmentWire.Tin> tins(CustomsDeclaration customs, List<TaxId.Party> parties) {
        List<FedExShipmentWire.Tin> tins = customs.taxIds().stream().filter(id -> parties.contains(id.party()))
                .map(id -> new FedExShipmentWire.Tin(id.value(), tinType(id.type()), id.type().name())).toList();
        return tins.isEmpty() ? null : tins;
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
