package io.shipgate.carrier.ups.rate;

import io.shipgate.carrier.model.Charge;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.RateQuote;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.ups.UpsErrors;
import io.shipgate.carrier.ups.UpsPackages;
import io.shipgate.carrier.ups.UpsParties;
import io.shipgate.carrier.ups.UpsServices;
import io.shipgate.carrier.ups.UpsSettings;
import io.shipgate.carrier.ups.UpsTime;
import io.shipgate.carrier.ups.UpsUnits;
import io.shipgate.carrier.ups.UpsWire;

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

    public static UpsRateWire.Request request(RateRequest request, UpsSettings settings) {
        UpsUnits units = UpsUnits.of(request.shipper().country());
        UpsWire.Party shipper = UpsParties.location(request.shipper(), "Shipper").withShipperNumber(settings.accountNumber());
        UpsWire.Party shipTo = UpsParties.location(request.recipient(), "Recipient");
        if (request.recipient().residentialOrFalse()) {
            shipTo = shipTo.withAddress(shipTo.address().residential("Y"));
        }
        UpsWire.Amount invoice = request.crossesBorder() && request.customs() != null
                ? UpsWire.Amount.of(request.customs().totalValue().rounded()) : null;
        UpsRateWire.Shipment shipment = new UpsRateWire.Shipment(shipper, shipTo, UpsParties.location(request.shipper(), "Shipper"),
                new UpsRateWire.PaymentDetails(List.of(UpsWire.ShipmentCharge.billShipper("01", settings.accountNumber()))),
                Integer.toString(request.parcels().size()),
                UpsPackages.packages(request.parcels(), units, UpsPackages.Api.RATING, request.options().declaredValue(), null),
                settings.negotiatedRates() ? new UpsWire.ShipmentRatingOptions("Y") : null, invoice, null);
        return new UpsRateWire.Request(new UpsRateWire.RateRequest(
                new UpsRateWire.Header(new UpsWire.TransactionReference("shipgate rate shop")), shipment));
    }

    /** One quote per rated service, in UPS's order; a service without a total is left out. */
    public static List<RateQuote> parse(byte[] body) {
        List<RateQuote> quotes = new ArrayList<>();
        UpsRateWire.RateResponse response = UpsWire.read(body, UpsRateWire.Response.class).rateResponse();
        for (UpsRateWire.RatedShipment rated : UpsWire.list(response == null ? null : response.ratedShipment())) {
            RateQuote quote = quote(rated);
            if (quote != null) {
                quotes.add(quote);
            }
        }
        return quotes;
    }

    private static RateQuote quote(UpsRateWire.RatedShipment rated) {
        String code = UpsWire.CodeDescription.code(rated.service());
        if (code == null) {
            return null;
        }
        String description = UpsWire.CodeDescription.description(rated.service());
        String name = UpsServices.byCode(code).map(UpsServices::displayName).orElse(description != null ? description : "UPS " + code);
        ServiceLevel level = UpsServices.byCode(code).map(UpsServices::level).orElse(UpsServices.levelOfName(name));
        UpsRateWire.NegotiatedRateCharges negotiatedCharges = rated.negotiatedRateCharges();
        Money negotiated = negotiatedCharges == null ? null : UpsWire.Amount.money(negotiatedCharges.totalCharge());
        Money total = negotiated != null ? negotiated : UpsWire.Amount.money(rated.totalCharges());
        if (total == null) {
            return null;
        }
        List<Charge> charges = new ArrayList<>();
        addCharge(charges, "base", rated.baseServiceCharge());
        addCharge(charges, "transportation", rated.transportationCharges());
        addCharge(charges, "service options", rated.serviceOptionsCharges());
        for (UpsRateWire.ItemizedCharge itemized : UpsWire.list(rated.itemizedCharges())) {
            addCharge(charges, "itemized " + itemized.code(), new UpsWire.Amount(itemized.currencyCode(), itemized.monetaryValue()));
        }
        if (negotiated != null) {
            charges.add(new Charge("negotiated total", negotiated));
        }
        UpsRateWire.GuaranteedDelivery guaranteed = rated.guaranteedDelivery();
        Integer days = guaranteed == null ? null : UpsWire.integer(guaranteed.businessDaysInTransit());
        LocalDate delivery = guaranteed == null ? null : UpsTime.date(guaranteed.scheduledDeliveryDate());
        return new RateQuote(UpsErrors.CODE, code, name, level, total, charges, days, delivery, days != null);
    }

    private static void addCharge(List<Charge> charges, String name, UpsWire.Amount amount) {
        Money money = UpsWire.Amount.money(amount);
        if (money != null && money.amount().signum() != 0) {
            charges.add(new Charge(name, money));
        }
    }
}
