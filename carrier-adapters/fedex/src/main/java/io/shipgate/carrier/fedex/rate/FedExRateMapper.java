package io.shipgate.carrier.fedex.rate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.fedex.FedExCarrier;
import io.shipgate.carrier.fedex.FedExCustoms;
import io.shipgate.carrier.fedex.FedExJson;
import io.shipgate.carrier.fedex.FedExServices;
import io.shipgate.carrier.fedex.FedExSettings;
import io.shipgate.carrier.fedex.FedExWire;
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

    public static ObjectNode request(RateRequest request, FedExSettings settings, LocalDate shipDate) {
        FedExWire.Units units = FedExWire.Units.of(request.shipper().country());
        ObjectNode body = FedExJson.object();
        body.set("accountNumber", FedExWire.account(settings));
        body.putObject("rateRequestControlParameters").put("returnTransitTimes", true).put("servicesNeededOnRateFailure", true);
        ObjectNode shipment = body.putObject("requestedShipment");
        shipment.putObject("shipper").set("address", FedExWire.address(request.shipper()));
        shipment.putObject("recipient").set("address", FedExWire.address(request.recipient()));
        shipment.put("shipDateStamp", shipDate.toString());
        shipment.put("pickupType", settings.pickupType());
        shipment.put("packagingType", "YOUR_PACKAGING");
        shipment.putArray("rateRequestType").add("ACCOUNT").add("LIST");
        shipment.put("totalPackageCount", request.parcels().size());
        shipment.set("requestedPackageLineItems", packages(request, units));
        if (request.crossesBorder() && request.customs() != null) {
            shipment.put("documentShipment", request.customs().contentType() == ContentType.DOCUMENTS);
            shipment.set("customsClearanceDetail", FedExCustoms.forRates(request.customs(), settings, units.weight()));
        }
        return body;
    }

    private static ArrayNode packages(RateRequest request, FedExWire.Units units) {
        int count = request.parcels().size();
        List<Money> declared = request.options().declaredValue() == null || request.options().declaredValue().amount().signum() <= 0
                ? null : FedExWire.split(request.options().declaredValue(), count);
        List<Money> cod = request.options().hasCod() ? FedExWire.split(request.options().cod(), count) : null;
        ArrayNode packages = FedExJson.array();
        for (int i = 0; i < count; i++) {
            Parcel parcel = request.parcels().get(i);
            ObjectNode item = packages.addObject();
            item.put("groupPackageCount", 1);
            item.set("weight", FedExWire.weight(parcel.weight(), units.weight()));
            if (parcel.dimensions() != null) {
                item.set("dimensions", FedExWire.dimensions(parcel.dimensions(), units.length()));
            }
            if (declared != null) {
                item.set("declaredValue", FedExWire.money(declared.get(i)));
            }
            ObjectNode services = FedExJson.object();
            if (cod != null) {
                services.putArray("specialServiceTypes").add("COD");
                services.putObject("packageCODDetail").put("codCollectionType", "ANY").set("codCollectionAmount", FedExWire.money(cod.get(i)));
            }
            if (request.options().signature() != SignatureOption.NONE) {
                services.putArray("signatureOptionType").add(signature(request.options().signature()));
            }
            if (!services.isEmpty()) {
                item.set("packageSpecialServices", services);
            }
        }
        return packages;
    }

    /** FedEx's {@code signatureOptionType} for a universal signature option: DIRECT or ADULT. */
    public static String signature(SignatureOption option) {
        return option == SignatureOption.ADULT ? "ADULT" : "DIRECT";
    }

    /** The quotes in FedEx's order. */
    public static List<RateQuote> parse(JsonNode answer) {
        return FedExJson.each(answer.path("output"), "rateReplyDetails", FedExRateMapper::quote);
    }

    private static RateQuote quote(JsonNode detail) {
        String service = FedExJson.text(detail, "serviceType");
        JsonNode rated = rated(detail);
        if (service == null || rated == null) {
            return null;
        }
        String currency = currency(rated);
        BigDecimal total = FedExJson.decimal(rated, "totalNetCharge");
        if (currency == null || total == null) {
            return null;
        }
        FedExCommit commit = FedExCommit.of(detail);
        return new RateQuote(FedExCarrier.CODE, service, FedExJson.text(detail, "serviceName"), FedExServices.level(service),
                new Money(total, currency), charges(rated, currency), commit.transitDays(), commit.date(), commit.guaranteed());
    }

    /** The account's negotiated rate, else the list rate, else the first FedEx gives. */
    private static JsonNode rated(JsonNode detail) {
        List<JsonNode> rates = FedExJson.each(detail, "ratedShipmentDetails", r -> r);
        return rates.stream().filter(r -> "ACCOUNT".equals(FedExJson.text(r, "rateType"))).findFirst()
                .or(() -> rates.stream().filter(r -> "LIST".equals(FedExJson.text(r, "rateType"))).findFirst())
                .orElse(rates.isEmpty() ? null : rates.getFirst());
    }

    private static String currency(JsonNode rated) {
        String currency = FedExJson.text(rated, "currency");
        return currency != null ? currency : FedExJson.text(rated.path("shipmentRateDetail"), "currency");
    }

    /** Base charge, each surcharge and tax by FedEx's description, and discounts as a negative line. */
    private static List<Charge> charges(JsonNode rated, String currency) {
        List<Charge> charges = new ArrayList<>();
        BigDecimal base = FedExJson.decimal(rated, "totalBaseCharge");
        if (base != null) {
            charges.add(new Charge("Base charge", new Money(base, currency)));
        }
        JsonNode detail = rated.path("shipmentRateDetail");
        for (String list : List.of("surCharges", "taxes")) {
            charges.addAll(FedExJson.each(detail, list, line -> {
                BigDecimal amount = FedExJson.decimal(line, "amount");
                String name = FedExJson.text(line, "description") != null ? FedExJson.text(line, "description") : FedExJson.text(line, "type");
                return amount == null || amount.signum() == 0 || name == null ? null : new Charge(name, new Money(amount, currency));
            }));
        }
        BigDecimal discounts = FedExJson.decimal(rated, "totalDiscounts");
        if (discounts != null && discounts.signum() > 0) {
            charges.add(new Charge("Discounts", new Money(discounts.negate(), currency)));
        }
        return charges;
    }
}
