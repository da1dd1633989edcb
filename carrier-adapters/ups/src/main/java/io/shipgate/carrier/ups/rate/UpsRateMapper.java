package io.shipgate.carrier.ups.rate;

import io.shipgate.carrier.model.CarrierMessage;
import io.shipgate.carrier.model.Charge;
import io.shipgate.carrier.model.ChargeType;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.RateQuote;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.RateResponse;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.spi.CarrierTimes;
import io.shipgate.carrier.ups.UpsErrors;
import io.shipgate.carrier.ups.UpsPackages;
import io.shipgate.carrier.ups.UpsParties;
import io.shipgate.carrier.ups.UpsServices;
import io.shipgate.carrier.ups.UpsSettings;
import io.shipgate.carrier.ups.UpsUnits;
import io.shipgate.carrier.ups.UpsWire;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * UPS Rating with request option {@code Shop}: every service UPS offers for the parcels on the
 * lane. Quotes the negotiated rate when the account asks for it and UPS gives one, with the taxes
 * UPS adds outside the US ({@code TaxInformationIndicator}).
 */
public final class UpsRateMapper {

    /** Shippers' countries whose UPS rates carry no taxes: there {@code TaxInformationIndicator} is not sent. */
    private static final Set<String> NO_TAX_INFORMATION = Set.of("US", "PR");

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
                settings.negotiatedRates() ? new UpsWire.ShipmentRatingOptions("Y") : null, invoice,
                NO_TAX_INFORMATION.contains(request.shipper().country()) ? null : "");
        return new UpsRateWire.Request(new UpsRateWire.RateRequest(
                new UpsRateWire.Header(new UpsWire.TransactionReference("shipgate rate shop")), shipment));
    }

    /**
     * One quote per rated service, in UPS's order; a service without a total is left out. UPS's
     * alerts come as messages: the answer's as INFO, a service's as WARNING about that service.
     */
    public static RateResponse parse(byte[] body) {
        UpsRateWire.RateResponse response = UpsWire.read(body, UpsRateWire.Response.class).rateResponse();
        List<RateQuote> quotes = new ArrayList<>();
        List<CarrierMessage> messages = new ArrayList<>();
        if (response != null && response.response() != null) {
            for (UpsWire.CodeDescription alert : UpsWire.list(response.response().alert())) {
                message(messages, alert, CarrierMessage.Level.INFO, null);
            }
        }
        for (UpsRateWire.RatedShipment rated : UpsWire.list(response == null ? null : response.ratedShipment())) {
            RateQuote quote = quote(rated);
            if (quote != null) {
                quotes.add(quote);
                for (UpsWire.CodeDescription alert : UpsWire.list(rated.ratedShipmentAlert())) {
                    message(messages, alert, CarrierMessage.Level.WARNING, quote.service());
                }
            }
        }
        Set<String> currencies = quotes.stream().map(q -> q.total().currency()).collect(Collectors.toCollection(TreeSet::new));
        if (currencies.size() > 1) {
            messages.add(CarrierMessage.warning(CarrierMessage.MIXED_CURRENCIES, "UPS quoted in " + String.join(" and ", currencies)));
        }
        return new RateResponse(quotes, messages);
    }

    /**
     * A service's quote: the negotiated charges when UPS gives them (the account asked for them),
     * else the published ones; the total the merchant pays is the one with taxes when UPS gives it
     * ({@code TotalChargesWithTaxes}), and the breakdown keeps the base, the surcharges and the taxes.
     */
    private static RateQuote quote(UpsRateWire.RatedShipment rated) {
        String code = UpsWire.CodeDescription.code(rated.service());
        if (code == null) {
            return null;
        }
        String description = UpsWire.CodeDescription.description(rated.service());
        String name = UpsServices.byCode(code).map(UpsServices::displayName).orElse(description != null ? description : "UPS " + code);
        ServiceLevel level = UpsServices.byCode(code).map(UpsServices::level).orElse(UpsServices.levelOfName(name));
        UpsRateWire.NegotiatedRateCharges negotiated = rated.negotiatedRateCharges();
        Money negotiatedTotal = negotiated == null ? null : UpsWire.Amount.money(negotiated.totalCharge());
        boolean useNegotiated = negotiatedTotal != null;
        Money withTaxes = UpsWire.Amount.money(useNegotiated ? negotiated.totalChargesWithTaxes() : rated.totalChargesWithTaxes());
        Money total = withTaxes != null ? withTaxes : useNegotiated ? negotiatedTotal : UpsWire.Amount.money(rated.totalCharges());
        if (total == null) {
            return null;
        }
        List<Charge> charges = new ArrayList<>();
        Money base = UpsWire.Amount.money(rated.baseServiceCharge());
        add(charges, "base", base != null ? base : UpsWire.Amount.money(rated.transportationCharges()), ChargeType.BASE, total);
        add(charges, "service options", UpsWire.Amount.money(rated.serviceOptionsCharges()), ChargeType.SURCHARGE, total);
        for (UpsRateWire.ItemizedCharge itemized : UpsWire.list(rated.itemizedCharges())) {
            add(charges, "itemized " + itemized.code(), UpsWire.Amount.money(new UpsWire.Amount(itemized.currencyCode(),
                    itemized.monetaryValue())), ChargeType.SURCHARGE, total);
        }
        for (UpsRateWire.TaxCharge tax : UpsWire.list(useNegotiated ? negotiated.taxCharges() : rated.taxCharges())) {
            // UPS states taxes without a currency: the shipment's
            add(charges, tax.type() == null ? "tax" : tax.type(), UpsWire.Amount.money(new UpsWire.Amount(total.currency(),
                    tax.monetaryValue())), ChargeType.TAX, total);
        }
        if (useNegotiated) {
            Money published = UpsWire.Amount.money(rated.totalCharges());
            if (published != null && published.currency().equals(total.currency())) {
                add(charges, "negotiated discount", new Money(negotiatedTotal.amount().subtract(published.amount()), total.currency()),
                        ChargeType.DISCOUNT, total);
            }
        }
        UpsRateWire.GuaranteedDelivery guaranteed = rated.guaranteedDelivery();
        Integer days = guaranteed == null ? null : UpsWire.integer(guaranteed.businessDaysInTransit());
        LocalDate delivery = guaranteed == null ? null : CarrierTimes.date(guaranteed.scheduledDeliveryDate());
        return new RateQuote(UpsErrors.CODE, code, name, level, total, charges, days, delivery, days != null);
    }

    /** A non-zero charge in the quote's currency (a line in another currency would not add up; it is left out). */
    private static void add(List<Charge> charges, String name, Money amount, ChargeType type, Money total) {
        if (amount != null && amount.amount().signum() != 0 && amount.currency().equals(total.currency())) {
            charges.add(new Charge(name, amount, type));
        }
    }

    private static void message(List<CarrierMessage> messages, UpsWire.CodeDescription alert, CarrierMessage.Level level, String service) {
        String code = UpsWire.CodeDescription.code(alert);
        String text = UpsWire.CodeDescription.description(alert);
        if (code != null || text != null) {
            messages.add(new CarrierMessage(code != null ? code : "ALERT", text, level, service));
        }
    }
}
