package io.shipgate.carrier.dhlexpress.rate;

import io.shipgate.carrier.model.Charge;
import io.shipgate.carrier.model.ChargeType;
import io.shipgate.carrier.model.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A product's price breakdown as typed charges, in the total's currency only (never a breakdown in
 * another currency than the total). MyDHL's detailed breakdown lists the product's own charge
 * (BASE: the line named as the product, or without a service code) and its value-added services
 * and surcharges (SURCHARGE; a negative line DISCOUNT), each with its taxes ({@code priceType}
 * {@code TAX}, or {@code DISCOUNT}). Without it, the summary breakdown's totals by type code:
 * {@code SPRQT} the product price, {@code STSCH} surcharges, {@code STTXA} taxes, {@code STDIS}
 * discounts.
 */
final class DhlRateCharges {

    private static final Map<String, ChargeType> SUMMARY_TYPES = Map.of(
            "SPRQT", ChargeType.BASE, "SPRQN", ChargeType.BASE, "STSCH", ChargeType.SURCHARGE,
            "STTXA", ChargeType.TAX, "STDIS", ChargeType.DISCOUNT);

    private DhlRateCharges() {
    }

    static List<Charge> of(DhlRateWire.Product product, Money total) {
        List<Charge> charges = detailed(product, total.currency());
        return charges.isEmpty() ? summary(product, total.currency()) : charges;
    }

    private static List<Charge> detailed(DhlRateWire.Product product, String currency) {
        List<Charge> charges = new ArrayList<>();
        if (product.detailedPriceBreakdown() == null) {
            return charges;
        }
        product.detailedPriceBreakdown().stream()
                .filter(g -> g != null && g.breakdown() != null && currency.equalsIgnoreCase(strip(g.priceCurrency())))
                .findFirst().ifPresent(group -> group.breakdown().stream().filter(Objects::nonNull).forEach(charge -> {
                    BigDecimal price = amount(charge.price());
                    charges.add(new Charge(charge.name(), new Money(price, currency), lineType(charge, product, price)));
                    if (charge.priceBreakdown() != null) {
                        charge.priceBreakdown().stream().filter(Objects::nonNull).forEach(part -> charges.add(new Charge(
                                part.typeCode(), new Money(amount(part.price()), currency), partType(part.priceType()))));
                    }
                }));
        return charges;
    }

    private static List<Charge> summary(DhlRateWire.Product product, String currency) {
        List<Charge> charges = new ArrayList<>();
        if (product.totalPriceBreakdown() == null) {
            return charges;
        }
        product.totalPriceBreakdown().stream()
                .filter(g -> g != null && g.priceBreakdown() != null && currency.equalsIgnoreCase(strip(g.priceCurrency())))
                .findFirst().ifPresent(group -> group.priceBreakdown().stream().filter(Objects::nonNull).forEach(p -> charges.add(
                        new Charge(p.typeCode(), new Money(amount(p.price()), currency),
                                SUMMARY_TYPES.getOrDefault(upper(p.typeCode()), ChargeType.OTHER)))));
        return charges;
    }

    private static ChargeType lineType(DhlRateWire.DetailedCharge charge, DhlRateWire.Product product, BigDecimal price) {
        if (price.signum() < 0) {
            return ChargeType.DISCOUNT;
        }
        boolean productsOwn = charge.name() != null && charge.name().strip().equalsIgnoreCase(strip(product.productName()));
        return productsOwn || strip(charge.serviceCode()) == null ? ChargeType.BASE : ChargeType.SURCHARGE;
    }

    private static ChargeType partType(String priceType) {
        return switch (upper(priceType)) {
            case "TAX" -> ChargeType.TAX;
            case "DISCOUNT" -> ChargeType.DISCOUNT;
            default -> ChargeType.OTHER;
        };
    }

    private static BigDecimal amount(BigDecimal price) {
        return price == null ? BigDecimal.ZERO : price;
    }

    private static String upper(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
