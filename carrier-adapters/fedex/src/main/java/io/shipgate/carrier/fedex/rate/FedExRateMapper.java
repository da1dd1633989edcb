package io.shipgate.carrier.fedex.rate;

import io.shipgate.carrier.fedex.FedExCommit;
import io.shipgate.carrier.fedex.FedExCommodities;
import io.shipgate.carrier.fedex.FedExErrors;
import io.shipgate.carrier.fedex.FedExParties;
import io.shipgate.carrier.fedex.FedExServices;
import io.shipgate.carrier.fedex.FedExSettings;
import io.shipgate.carrier.fedex.FedExUnits;
import io.shipgate.carrier.fedex.FedExValues;
import io.shipgate.carrier.model.CarrierMessage;
import io.shipgate.carrier.model.Charge;
import io.shipgate.carrier.model.ChargeType;
import io.shipgate.carrier.model.ContentType;
import io.shipgate.carrier.model.DutiesPayer;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.RateQuote;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.RateResponse;
import io.shipgate.carrier.model.SignatureOption;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code POST /rate/v1/rates/quotes}: a universal rate request to FedEx's (no service type, so
 * FedEx quotes every service of the lane, with transit times), and its {@code rateReplyDetails} to
 * quotes. A quote is the account's negotiated rate, else the list rate, in the quote currency
 * ({@link FedExRateCurrency}): {@code totalNetCharge} (what the account pays, taxes included), broken
 * down into base charge, surcharges, taxes and discounts; when the merchant pays the destination's
 * duties (DDP) and FedEx estimates them, {@code totalNetChargeWithDutiesAndTaxes} with the duties as
 * a TAX charge. An account with a preferred currency asks
 * FedEx for it ({@code preferredCurrency}).
 */
public final class FedExRateMapper {

    /** A service FedEx did not rate in the account's preferred currency (it is quoted in another). */
    public static final String PREFERRED_CURRENCY_UNAVAILABLE = "PREFERRED_CURRENCY_UNAVAILABLE";

    private FedExRateMapper() {
    }

    public static FedExRateWire.Request request(RateRequest request, FedExSettings settings, LocalDate shipDate) {
        FedExUnits.Units units = FedExUnits.Units.of(request.shipper().country());
        boolean customs = request.crossesBorder() && request.customs() != null;
        return new FedExRateWire.Request(FedExParties.account(settings), new FedExRateWire.ControlParameters(true, true),
                new FedExRateWire.RequestedShipment(
                        new FedExParties.Party(FedExParties.address(request.shipper()), null),
                        new FedExParties.Party(FedExParties.address(request.recipient()), null),
                        shipDate.toString(), settings.pickupType(), "YOUR_PACKAGING", List.of("ACCOUNT", "LIST"), request.parcels().size(),
                        packages(request, units),
                        settings.preferredCurrency(), customs ? request.customs().contentType() == ContentType.DOCUMENTS : null,
                        customs ? new FedExRateWire.CustomsClearance(FedExCommodities.dutiesPayment(request.customs(), settings),
                                new FedExRateWire.Invoice(FedExCommodities.purpose(request.customs().exportReason())),
                                FedExCommodities.commodities(request.customs().items(), units.weight())) : null));
    }

    private static List<FedExRateWire.PackageLine> packages(RateRequest request, FedExUnits.Units units) {
        int count = request.parcels().size();
        List<Money> declared = FedExUnits.split(request.options().declaredValue(), count);
        List<Money> cod = request.options().hasCod() ? FedExUnits.split(request.options().cod(), count) : null;
        List<FedExRateWire.PackageLine> packages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Parcel parcel = request.parcels().get(i);
            List<String> types = cod != null ? List.of("COD") : null;
            FedExRateWire.CodDetail codDetail = cod != null ? new FedExRateWire.CodDetail("ANY", FedExUnits.money(cod.get(i))) : null;
            List<String> signature = request.options().signature() != SignatureOption.NONE
                    ? List.of(FedExServices.signature(request.options().signature())) : null;
            packages.add(new FedExRateWire.PackageLine(1, FedExUnits.weight(parcel.weight(), units.weight()),
                    FedExUnits.dimensions(parcel.dimensions(), units.length()), declared != null ? FedExUnits.money(declared.get(i)) : null,
                    types == null && signature == null ? null : new FedExRateWire.PackageServices(types, codDetail, signature)));
        }
        return packages;
    }

    /**
     * The quotes in FedEx's order, each in the quote currency ({@link FedExRateCurrency}), with FedEx's
     * alerts as messages and a warning for each service FedEx quoted only in another currency.
     *
     * @param preferredCurrency the account's preferred currency; null: the account's own
     * @param dutiesBySender    whether the merchant pays the destination's duties and taxes (customs
     *                          SENDER): the quote is then FedEx's total with them, when FedEx estimates them
     */
    public static RateResponse parse(byte[] body, String preferredCurrency, boolean dutiesBySender) {
        FedExRateWire.Response answer = FedExErrors.read(body, FedExRateWire.Response.class);
        List<FedExRateWire.ReplyDetail> details = answer.output() == null ? List.of() : FedExValues.list(answer.output().rateReplyDetails());
        String currency = FedExRateCurrency.target(details, preferredCurrency);
        List<RateQuote> quotes = new ArrayList<>();
        List<CarrierMessage> messages = new ArrayList<>();
        for (FedExRateWire.ReplyDetail detail : details) {
            RateQuote quote = quote(detail, currency, dutiesBySender);
            if (quote == null) {
                continue;
            }
            quotes.add(quote);
            if (currency != null && !currency.equals(quote.total().currency())) {
                messages.add(new CarrierMessage(preferredCurrency != null ? PREFERRED_CURRENCY_UNAVAILABLE : CarrierMessage.MIXED_CURRENCIES,
                        "FedEx quoted " + quote.service() + " only in " + quote.total().currency() + ", not in " + currency,
                        CarrierMessage.Level.WARNING, quote.service()));
            }
        }
        List<String> currencies = quotes.stream().map(q -> q.total().currency()).distinct().toList();
        if (currencies.size() > 1) {
            messages.add(CarrierMessage.warning(CarrierMessage.MIXED_CURRENCIES,
                    "FedEx's quotes are in more than one currency: " + String.join(", ", currencies)));
        }
        if (answer.output() != null) {
            FedExValues.list(answer.output().alerts()).stream().map(FedExRateMapper::message).filter(Objects::nonNull).forEach(messages::add);
        }
        return new RateResponse(quotes, messages);
    }

    /** A FedEx alert as a message: a WARNING alert as a warning, a NOTE as information. */
    private static CarrierMessage message(FedExRateWire.Alert alert) {
        String code = FedExValues.text(alert.code());
        String text = FedExValues.text(alert.message());
        if (code == null && text == null) {
            return null;
        }
        return new CarrierMessage(code != null ? code : "FEDEX_ALERT", text,
                "WARNING".equals(alert.alertType()) ? CarrierMessage.Level.WARNING : CarrierMessage.Level.INFO, null);
    }

    /** Whether the merchant pays the destination's duties and taxes: a cross-border quote whose duties payer is SENDER. */
    public static boolean dutiesBySender(RateRequest request) {
        return request.crossesBorder() && request.customs() != null && request.customs().dutiesPayer() == DutiesPayer.SENDER;
    }

    private static RateQuote quote(FedExRateWire.ReplyDetail detail, String target, boolean dutiesBySender) {
        String service = FedExValues.text(detail.serviceType());
        FedExRateWire.Rated rated = FedExRateCurrency.choose(FedExValues.list(detail.ratedShipmentDetails()), target);
        if (service == null || rated == null) {
            return null;
        }
        String currency = FedExRateCurrency.of(rated);
        FedExCommit commit = FedExCommit.of(detail.commit(), detail.operationalDetail());
        List<Charge> charges = charges(rated, currency);
        BigDecimal total = rated.totalNetCharge();
        BigDecimal duties = rated.totalDutiesAndTaxes();
        if (dutiesBySender && duties != null && duties.signum() > 0 && rated.totalNetChargeWithDutiesAndTaxes() != null) {
            total = rated.totalNetChargeWithDutiesAndTaxes();
            charges.add(new Charge("Duties and taxes", new Money(duties, currency), ChargeType.TAX));
        }
        return new RateQuote(FedExErrors.CODE, service, FedExValues.text(detail.serviceName()), FedExServices.level(service),
                new Money(total, currency), charges, commit.transitDays(), commit.date(), commit.guaranteed());
    }

    /** Base charge, each surcharge and tax by FedEx's description, and discounts as a negative line. */
    private static List<Charge> charges(FedExRateWire.Rated rated, String currency) {
        List<Charge> charges = new ArrayList<>();
        if (rated.totalBaseCharge() != null) {
            charges.add(new Charge("Base charge", new Money(rated.totalBaseCharge(), currency), ChargeType.BASE));
        }
        FedExRateWire.RateDetail detail = rated.shipmentRateDetail();
        if (detail != null) {
            lines(charges, detail.surCharges(), currency, ChargeType.SURCHARGE);
            lines(charges, detail.taxes(), currency, ChargeType.TAX);
        }
        if (rated.totalDiscounts() != null && rated.totalDiscounts().signum() > 0) {
            charges.add(new Charge("Discounts", new Money(rated.totalDiscounts().negate(), currency), ChargeType.DISCOUNT));
        }
        return charges;
    }

    private static void lines(List<Charge> charges, List<FedExRateWire.ChargeLine> lines, String currency, ChargeType type) {
        for (FedExRateWire.ChargeLine line : FedExValues.list(lines)) {
            BigDecimal amount = line.amount();
            String name = FedExValues.firstText(line.description(), line.type());
            if (amount != null && amount.signum() != 0 && name != null) {
                charges.add(new Charge(name, new Money(amount, currency), type));
            }
        }
    }
}
