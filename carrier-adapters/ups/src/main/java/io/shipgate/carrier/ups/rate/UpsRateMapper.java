package io.shipgate.carrier.ups.rate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.model.Charge;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.RateQuote;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.ups.UpsCarrier;
import io.shipgate.carrier.ups.UpsJson;
import io.shipgate.carrier.ups.UpsPackages;
import io.shipgate.carrier.ups.UpsParties;
import io.shipgate.carrier.ups.UpsServices;
import io.shipgate.carrier.ups.UpsSettings;
import io.shipgate.carrier.ups.UpsTime;
import io.shipgate.carrier.ups.UpsUnits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * UPS Rating with request option {@code Shop}: every service UPS offers for the parcels on the
 * lane. Quotes the negotiated rate when the account asks for it and UPS gives one.
 */
public final class UpsRateMapper {

    private UpsRateMapper() {
    }

    public static ObjectNode request(RateRequest request, UpsSettings settings) {
        UpsUnits units = UpsUnits.of(request.shipper().country());
        ObjectNode root = UpsJson.object();
        ObjectNode rateRequest = root.putObject("RateRequest");
        rateRequest.putObject("Request").putObject("TransactionReference").put("CustomerContext", "shipgate rate shop");
        ObjectNode shipment = rateRequest.putObject("Shipment");
        ObjectNode shipper = UpsParties.location(request.shipper(), "Shipper");
        shipper.put("ShipperNumber", settings.accountNumber());
        shipment.set("Shipper", shipper);
        ObjectNode shipTo = UpsParties.location(request.recipient(), "Recipient");
        if (request.recipient().residentialOrFalse()) {
            ((ObjectNode) shipTo.get("Address")).put("ResidentialAddressIndicator", "Y");
        }
        shipment.set("ShipTo", shipTo);
        shipment.set("ShipFrom", UpsParties.location(request.shipper(), "Shipper"));
        ObjectNode charge = shipment.putObject("PaymentDetails").putArray("ShipmentCharge").addObject();
        charge.put("Type", "01");
        charge.putObject("BillShipper").put("AccountNumber", settings.accountNumber());
        shipment.put("NumOfPieces", Integer.toString(request.parcels().size()));
        shipment.set("Package", UpsPackages.packages(request.parcels(), units, "PackagingType",
                request.options().declaredValue(), null));
        if (settings.negotiatedRates()) {
            shipment.putObject("ShipmentRatingOptions").put("NegotiatedRatesIndicator", "Y");
        }
        if (request.crossesBorder() && request.customs() != null) {
            Money value = request.customs().totalValue().rounded();
            ObjectNode invoice = shipment.putObject("InvoiceLineTotal");
            invoice.put("CurrencyCode", value.currency());
            invoice.put("MonetaryValue", value.amount().toPlainString());
        }
        return root;
    }

    /** One quote per rated service, in UPS's order. */
    public static List<RateQuote> parse(JsonNode answer) {
        List<RateQuote> quotes = new ArrayList<>();
        for (JsonNode rated : UpsJson.list(answer.path("RateResponse").path("RatedShipment"))) {
            quotes.add(quote(rated));
        }
        return quotes;
    }

    private static RateQuote quote(JsonNode rated) {
        String code = UpsJson.text(rated, "Service", "Code");
        String name = UpsServices.byCode(code).map(UpsServices::displayName)
                .orElse(UpsJson.text(rated, "Service", "Description") != null ? UpsJson.text(rated, "Service", "Description") : "UPS " + code);
        ServiceLevel level = UpsServices.byCode(code).map(UpsServices::level).orElse(UpsServices.levelOfName(name));
        JsonNode negotiated = rated.path("NegotiatedRateCharges").path("TotalCharge");
        Money total = money(negotiated.isMissingNode() ? rated.path("TotalCharges") : negotiated);
        List<Charge> charges = new ArrayList<>();
        addCharge(charges, "base", rated.path("BaseServiceCharge"));
        addCharge(charges, "transportation", rated.path("TransportationCharges"));
        addCharge(charges, "service options", rated.path("ServiceOptionsCharges"));
        for (JsonNode itemized : UpsJson.list(rated.path("ItemizedCharges"))) {
            addCharge(charges, "itemized " + UpsJson.text(itemized, "Code"), itemized);
        }
        if (!negotiated.isMissingNode()) {
            addCharge(charges, "negotiated total", negotiated);
        }
        String days = UpsJson.text(rated, "GuaranteedDelivery", "BusinessDaysInTransit");
        LocalDate delivery = UpsTime.date(UpsJson.text(rated, "GuaranteedDelivery", "ScheduledDeliveryDate"));
        return new RateQuote(UpsCarrier.CODE, code, name, level, total, charges,
                days == null ? null : Integer.valueOf(days), delivery, days != null);
    }

    private static void addCharge(List<Charge> charges, String name, JsonNode amount) {
        BigDecimal value = UpsJson.decimal(amount, "MonetaryValue");
        if (value != null && value.signum() != 0) {
            charges.add(new Charge(name, new Money(value, UpsJson.text(amount, "CurrencyCode"))));
        }
    }

    private static Money money(JsonNode amount) {
        return new Money(UpsJson.decimal(amount, "MonetaryValue"), UpsJson.text(amount, "CurrencyCode"));
    }
}
