package io.shipgate.carrier.delhivery.rate;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.carrier.delhivery.DelhiveryErrors;
import io.shipgate.carrier.delhivery.DelhiveryParties;
import io.shipgate.carrier.delhivery.DelhiveryServices;
import io.shipgate.carrier.delhivery.DelhiveryUnits;
import io.shipgate.carrier.delhivery.rate.DelhiveryRateWire.Charges;
import io.shipgate.carrier.model.CarrierMessage;
import io.shipgate.carrier.model.Charge;
import io.shipgate.carrier.model.ChargeType;
import io.shipgate.carrier.model.RateQuote;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.RateResponse;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The charges API ({@code GET /api/kinko/v1/invoice/charges/.json}), once per mode: a universal
 * rate request to its query ({@code md} E or S, {@code ss} Delivered, or DTO for a return,
 * pincodes, {@code cgm} the chargeable weight in grams, {@code pt} Pre-paid or COD with the
 * {@code cod} amount in rupees), and its answer, a list whose first entry has {@code total_amount},
 * {@code charge_*} lines and {@code tax_data}, to a quote in INR with that breakdown: the total is
 * {@code total_amount}, what the merchant pays with GST; freight is BASE, the other lines SURCHARGE,
 * the GST lines TAX.
 */
public final class DelhiveryRateMapper {

    /** Names of the charge lines whose meaning Delhivery's integrations agree on; others keep Delhivery's suffix. */
    private static final Map<String, String> CHARGE_NAMES = Map.ofEntries(
            Map.entry("DL", "Freight"),
            Map.entry("COD", "Cash on delivery"),
            Map.entry("FSC", "Fuel surcharge"),
            Map.entry("RTO", "Return to origin"),
            Map.entry("DTO", "Delivery to origin"),
            Map.entry("REATTEMPT", "Re-attempt"),
            Map.entry("pickup", "Pickup"),
            Map.entry("INS", "Insurance"),
            Map.entry("AWB", "Waybill"),
            Map.entry("QC", "Quality check"));
    private static final String CHARGE_PREFIX = "charge_";
    /** The freight line; every other {@code charge_*} line is a surcharge on it, and {@code tax_data} holds the taxes. */
    private static final String FREIGHT = "DL";

    private DelhiveryRateMapper() {
    }

    /**
     * Express and surface quotes, with a message per mode Delhivery refused (errors as data beside
     * the usable quote). When neither mode is quoted, the first refusal is the answer.
     *
     * @param charges fetches the charges API's answer for one mode's query
     */
    public static RateResponse quotes(RateRequest request, Function<Map<String, String>, byte[]> charges) {
        List<RateQuote> quotes = new ArrayList<>();
        List<CarrierMessage> messages = new ArrayList<>();
        CarrierException refusal = null;
        for (DelhiveryServices service : DelhiveryServices.values()) {
            var query = query(request, service);
            try {
                parse(charges.apply(query), service).ifPresentOrElse(quotes::add, () -> messages.add(new CarrierMessage(
                        "NO_RATE", "Delhivery quotes no " + service.displayName() + " on this lane", CarrierMessage.Level.INFO, service.code())));
            } catch (CarrierException e) {
                if (e.category() != CarrierErrorCategory.INVALID_REQUEST && e.category() != CarrierErrorCategory.NOT_SERVICEABLE) {
                    throw e;
                }
                refusal = refusal == null ? e : refusal;
                messages.add(CarrierMessage.serviceError(service.code(), e.carrierCode(), e.getMessage()));
            }
        }
        if (quotes.isEmpty()) {
            throw refusal != null ? refusal : DelhiveryErrors.notServiceable("NO_RATES", "Delhivery quotes no service from pincode "
                    + request.shipper().postalCode() + " to " + request.recipient().postalCode(), "recipient.postalCode");
        }
        return new RateResponse(quotes, messages);
    }

    /** The charges API query of one mode. */
    public static Map<String, String> query(RateRequest request, DelhiveryServices service) {
        if (request.parcels().size() > 1) {
            throw DelhiveryErrors.notServiceable("ONE_PARCEL", "Delhivery B2C takes one parcel per shipment", "parcels");
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("md", service.billingMode());
        query.put("ss", request.options().returnShipment() ? "DTO" : "Delivered");
        query.put("d_pin", DelhiveryParties.pincode(request.recipient(), "recipient"));
        query.put("o_pin", DelhiveryParties.pincode(request.shipper(), "shipper"));
        query.put("cgm", Long.toString(DelhiveryUnits.chargeableGrams(request.parcels().getFirst())));
        if (request.options().hasCod()) {
            query.put("pt", "COD");
            query.put("cod", DelhiveryUnits.rupees(request.options().cod(), "options.cod").toPlainString());
        } else {
            query.put("pt", "Pre-paid");
        }
        return query;
    }

    /** The quote in an answer; empty when Delhivery returned no charges (the mode does not serve the lane). */
    public static Optional<RateQuote> parse(byte[] answer, DelhiveryServices service) {
        Charges charges;
        if (isList(answer)) {
            Charges[] list = DelhiveryErrors.read(answer, Charges[].class);
            charges = list.length == 0 ? null : list[0];
        } else {
            charges = DelhiveryErrors.read(answer, Charges.class);
            if (charges.totalAmount() == null) {
                Map<String, JsonNode> said = charges.lines();
                DelhiveryErrors.reason(said.get("error"), said.get("detail"), said.get("message")).ifPresent(error -> {
                    throw DelhiveryErrors.refused("rates (" + service.code() + ")", error, DelhiveryErrors.Fields.RATE);
                });
            }
        }
        if (charges == null || charges.totalAmount() == null || charges.totalAmount().signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new RateQuote(DelhiveryErrors.CODE, service.code(), service.displayName(), service.level(),
                DelhiveryUnits.inr(charges.totalAmount()), breakdown(charges), null, null, false));
    }

    /** Every non-zero {@code charge_*} line, then every non-zero tax of {@code tax_data}; together they make the total. */
    private static List<Charge> breakdown(Charges charges) {
        List<Charge> lines = new ArrayList<>();
        charges.lines().forEach((field, value) -> {
            if (field.startsWith(CHARGE_PREFIX)) {
                String code = field.substring(CHARGE_PREFIX.length());
                add(lines, name(code), FREIGHT.equals(code) ? ChargeType.BASE : ChargeType.SURCHARGE, value);
            }
        });
        charges.taxData().forEach((tax, value) -> add(lines, tax, ChargeType.TAX, value));
        return lines;
    }

    private static void add(List<Charge> lines, String name, ChargeType type, JsonNode value) {
        BigDecimal amount = DelhiveryUnits.decimal(value);
        if (amount.signum() > 0) {
            lines.add(new Charge(name, DelhiveryUnits.inr(amount), type));
        }
    }

    private static boolean isList(byte[] answer) {
        for (byte b : answer) {
            if (!Character.isWhitespace(b)) {
                return b == '[';
            }
        }
        return false;
    }

    private static String name(String suffix) {
        return CHARGE_NAMES.getOrDefault(suffix, suffix);
    }
}
