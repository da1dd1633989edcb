package io.shipgate.carrier.fedex;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.DimensionUnit;
import io.shipgate.carrier.model.Dimensions;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * FedEx's JSON shapes that several operations share (address, contact, weight, dimensions,
 * money) and the conversions at the edge: weights and lengths in the origin's units (pounds and
 * inches from the US and its territories, kilograms and centimetres elsewhere), dimensions in
 * whole units rounded up as FedEx takes them, phone numbers as digits.
 */
public final class FedExWire {

    /** Origins whose FedEx rates and labels are in pounds and inches. */
    private static final Set<String> IMPERIAL_ORIGINS = Set.of("US", "PR", "VI", "GU", "AS", "MP");

    private FedExWire() {
    }

    /** The units FedEx is sent for a shipment leaving {@code originCountry}. */
    public record Units(WeightUnit weight, DimensionUnit length) {

        public static Units of(String originCountry) {
            return IMPERIAL_ORIGINS.contains(originCountry) ? new Units(WeightUnit.LB, DimensionUnit.IN)
                    : new Units(WeightUnit.KG, DimensionUnit.CM);
        }
    }

    /** {@code {"streetLines", "city", "stateOrProvinceCode", "postalCode", "countryCode", "residential"}} with the parts given. */
    public static ObjectNode address(Address address) {
        ObjectNode node = FedExJson.object();
        ArrayNode lines = node.putArray("streetLines");
        if (address.street1() != null && !address.street1().isBlank()) {
            lines.add(address.street1());
        }
        if (address.street2() != null && !address.street2().isBlank()) {
            lines.add(address.street2());
        }
        if (lines.isEmpty()) {
            node.remove("streetLines");
        }
        FedExJson.putIfPresent(node, "city", address.city());
        FedExJson.putIfPresent(node, "stateOrProvinceCode", address.state());
        FedExJson.putIfPresent(node, "postalCode", address.postalCode());
        node.put("countryCode", address.country());
        if (address.residential() != null) {
            node.put("residential", address.residential());
        }
        return node;
    }

    /** {@code {"address", "contact"}}: a shipper, recipient or pickup location with who to contact. */
    public static ObjectNode party(Address address) {
        ObjectNode node = FedExJson.object();
        node.set("address", address(address));
        node.set("contact", contact(address));
        return node;
    }

    public static ObjectNode contact(Address address) {
        ObjectNode contact = FedExJson.object();
        FedExJson.putIfPresent(contact, "personName", address.name());
        FedExJson.putIfPresent(contact, "companyName", address.company());
        FedExJson.putIfPresent(contact, "phoneNumber", phone(address.phone(), address.country()));
        FedExJson.putIfPresent(contact, "emailAddress", address.email());
        return contact;
    }

    /** {@code {"value": "123456789"}}, FedEx's account number object. */
    public static ObjectNode account(FedExSettings settings) {
        return FedExJson.object().put("value", settings.accountNumber());
    }

    /** {@code {"units": "LB", "value": 3.31}}: two decimals, rounded half up, at least 0.01. */
    public static ObjectNode weight(Weight weight, WeightUnit unit) {
        return FedExJson.object().put("units", unit.name()).put("value", weightValue(weight, unit));
    }

    public static BigDecimal weightValue(Weight weight, WeightUnit unit) {
        return plain(weight.in(unit, 2).max(new BigDecimal("0.01")));
    }

    /** {@code {"length", "width", "height", "units"}} in whole units, rounded up (FedEx takes no decimals). */
    public static ObjectNode dimensions(Dimensions dimensions, DimensionUnit unit) {
        Dimensions d = dimensions.to(unit);
        return FedExJson.object().put("length", whole(d.length())).put("width", whole(d.width())).put("height", whole(d.height()))
                .put("units", unit.name());
    }

    private static int whole(BigDecimal value) {
        return Math.max(1, value.setScale(0, RoundingMode.CEILING).intValueExact());
    }

    /** {@code {"amount": 12.5, "currency": "USD"}}. */
    public static ObjectNode money(Money money) {
        return FedExJson.object().put("amount", plain(money.amount())).put("currency", money.currency());
    }

    /** A decimal without trailing zeros, written plainly ({@code 50}, never {@code 5E+1}). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * An amount split over {@code parts} packages in whole cents, the remainder on the first: FedEx
     * takes declared values and COD amounts per package.
     */
    public static List<Money> split(Money total, int parts) {
        BigDecimal cents = total.amount().movePointRight(2).setScale(0, RoundingMode.HALF_UP);
        BigDecimal[] share = cents.divideAndRemainder(BigDecimal.valueOf(parts));
        List<Money> out = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            BigDecimal c = i == 0 ? share[0].add(share[1]) : share[0];
            out.add(new Money(c.movePointLeft(2), total.currency()));
        }
        return out;
    }

    /** The phone's digits; a North American number loses its leading country code 1 (FedEx wants 10 digits). */
    public static String phone(String phone, String country) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() == 11 && digits.startsWith("1") && ("US".equals(country) || "CA".equals(country))) {
            return digits.substring(1);
        }
        return digits.isEmpty() ? null : digits;
    }
}
