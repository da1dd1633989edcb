package io.shipgate.carrier.delhivery.rate;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.carrier.delhivery.DelhiveryCarrier;
import io.shipgate.carrier.delhivery.DelhiveryErrors;
import io.shipgate.carrier.delhivery.DelhiveryJson;
import io.shipgate.carrier.delhivery.DelhiveryParties;
import io.shipgate.carrier.delhivery.DelhiveryServices;
import io.shipgate.carrier.delhivery.DelhiveryUnits;
import io.shipgate.carrier.model.Charge;
import io.shipgate.carrier.model.RateQuote;
import io.shipgate.carrier.model.RateRequest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The charges API ({@code GET /api/kinko/v1/invoice/charges/.json}), once per mode: a universal
 * rate request to its query ({@code md} E or S, {@code ss} Delivered, or DTO for a return,
 * pincodes, {@code cgm} the chargeable weight in grams, {@code pt} Pre-paid or COD with the
 * {@code cod} amount in rupees), and its answer, a list whose first entry has {@code total_amount},
 * {@code charge_*} lines and {@code tax_data}, to a quote in INR with that breakdown.
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

    private DelhiveryRateMapper() {
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
    public static Optional<RateQuote> parse(JsonNode answer, DelhiveryServices service) {
        JsonNode charges = answer.isArray() ? answer.path(0) : answer;
        if (!charges.isObject() || !charges.has("total_amount")) {
            DelhiveryErrors.text(answer).ifPresent(error -> {
                throw DelhiveryErrors.refused("rates (" + service.code() + ")", error, DelhiveryErrors.Fields.RATE);
            });
            return Optional.empty();
        }
        BigDecimal total = DelhiveryJson.decimal(charges, "total_amount");
        if (total.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new RateQuote(DelhiveryCarrier.CODE, service.code(), service.displayName(), service.level(),
                DelhiveryUnits.inr(total), breakdown(charges), null, null, false));
    }

    /** Every non-zero {@code charge_*} line, then every non-zero tax of {@code tax_data}; together they make the total. */
    private static List<Charge> breakdown(JsonNode charges) {
        List<Charge> lines = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : charges.properties()) {
            if (field.getKey().startsWith(CHARGE_PREFIX)) {
                add(lines, name(field.getKey().substring(CHARGE_PREFIX.length())), charges, field.getKey());
            }
        }
        JsonNode taxes = charges.path("tax_data");
        for (Map.Entry<String, JsonNode> tax : taxes.properties()) {
            add(lines, tax.getKey(), taxes, tax.getKey());
        }
        return lines;
    }

    private static void add(List<Charge> lines, String name, JsonNode node, String field) {
        BigDecimal amount = DelhiveryJson.decimal(node, field);
        if (amount.signum() > 0) {
            lines.add(new Charge(name, DelhiveryUnits.inr(amount)));
        }
    }

    private static String name(String suffix) {
        return CHARGE_NAMES.getOrDefault(suffix, suffix);
    }
}
