package io.shipgate.carrier.fedex.rate;

import io.shipgate.carrier.fedex.FedExCommit;
import io.shipgate.carrier.fedex.FedExCommodities;
import io.shipgate.carrier.fedex.FedExErrors;
import io.shipgate.carrier.fedex.FedExParties;
import io.shipgate.carrier.fedex.FedExServices;
import io.shipgate.carrier.fedex.FedExSettings;
import io.shipgate.carrier.fedex.FedExUnits;
import io.shipgate.carrier.fedex.FedExValues;
import io.shipgate.carrier.model.Charge;
import io.shipgate.carrier.model.ContentType;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.RateQuote;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.SignatureOption;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code POST /rate/v1/rates/quotes}: a universal rate request to FedEx's (no service type, so
 * FedEx quotes every service of the lane, with transit times), and its {@code rateReplyDetails} to
 * quotes. A quote is the account's negotiated rate ({@code rateType ACCOUNT}), else the list rate:
 * {@code totalNetCharge} in its currency, broken down into base charge, surcharges, taxes and
 * discounts.
 */
public final class FedExRateMapper {

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
                        customs ? request.customs().contentType() == ContentType.DOCUMENTS : null,
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

    /** The quotes in FedEx's order. */
    public static List<RateQuote> parse(byte[] body) {
        FedExRateWire.Response answer = FedExErrors.read(body, FedExRateWire.Response.class);
        List<FedExRateWire.ReplyDetail> details = answer.output() == null ? List.of() : FedExValues.list(answer.output().rateReplyDetails());
        return details.stream().map(FedExRateMapper::quote).filter(Objects::nonNull).toList();
    }

    private static RateQuote quote(FedExRateWire.ReplyDetail detail) {
        String service = FedExValues.text(detail.serviceType());
        FedExRateWire.Rated rated = rated(FedExValues.list(detail.ratedShipmentDetails()));
        if (service == null || rated == null) {
            return null;
        }
        String currency = currency(rated);
        if (currency == null || rated.totalNetCharge() == null) {
            return null;
        }
        FedExCommit commit = FedExCommit.of(detail.commit(), detail.operationalDetail());
        return new RateQuote(FedExErrors.CODE, service, FedExValues.text(detail.serviceName()), FedExServices.level(service),
                new Money(rated.totalNetCharge(), currency), charges(rated, currency), commit.transitDays(), commit.date(),
                commit.guaranteed());
    }

    /** The account's negotiated rate, else the list rate, else the first FedEx gives. */
    private static FedExRateWire.Rated rated(List<FedExRateWire.Rated> rates) {
        return rates.stream().filter(r -> "ACCOUNT".equals(r.rateType())).findFirst()
                .or(() -> rates.stream().filter(r -> "LIST".equals(r.rateType())).findFirst())
                .orElse(rates.isEmpty() ? null : rates.getFirst());
    }

    private static String currency(FedExRateWire.Rated rated) {
        String currency = FedExValues.text(rated.currency());
        return currency != null || rated.shipmentRateDetail() == null ? currency : FedExValues.text(rated.shipmentRateDetail().currency());
    }

    /** Base charge, each surcharge and tax by FedEx's description, and discounts as a negative line. */
    private static List<Charge> charges(FedExRateWire.Rated rated, String currency) {
        List<Charge> charges = new ArrayList<>();
        if (rated.totalBaseCharge() != null) {
            charges.add(new Charge("Base charge", new Money(rated.totalBaseCharge(), currency)));
        }
        FedExRateWire.RateDetail detail = rated.shipmentRateDetail();
        if (detail != null) {
            for (List<FedExRateWire.ChargeLine> lines : List.of(FedExValues.list(detail.surCharges()), FedExValues.list(detail.taxes()))) {
                for (FedExRateWire.ChargeLine line : lines) {
                    BigDecimal amount = line.amount();
                    String name = FedExValues.firstText(line.description(), line.type());
                    if (amount != null && amount.signum() != 0 && name != null) {
                        charges.add(new Charge(name, new Money(amount, currency)));
                    }
                }
            }
        }
        if (rated.totalDiscounts() != null && rated.totalDiscounts().signum() > 0) {
            charges.add(new Charge("Discounts", new Money(rated.totalDiscounts().negate(), currency)));
        }
        return charges;
    }
}
