package io.shipgate.gateway.ratecard;

import io.shipgate.carrier.model.Charge;
import io.shipgate.carrier.model.ChargeType;
import io.shipgate.carrier.model.Codes;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.WeightUnit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A rate card's price for a shipment, a pure function (docs/decide.md, "How a quote is computed"):
 *
 * <ol>
 *   <li>chargeable weight: per parcel the higher of its actual weight and L×W×H (cm³) / the card's volumetric
 *       divisor, summed over the parcels (kg, unrounded);</li>
 *   <li>zone: the lane whose destination group, then origin group, matches most specifically (longest prefix; a
 *       range counts its codes' length; {@code *} counts 0); ties go to the lane first in the card;</li>
 *   <li>freight: the zone's slab holding the weight (over its from, up to and including its to); beyond the last slab
 *       the last slab's price plus one step price per started step;</li>
 *   <li>fuel surcharge: its percentage of the freight; COD fee: the fixed fee, or the percentage of the COD amount
 *       and at least the minimum; ODA surcharge: when the destination is ODA per the account's serviceability table;</li>
 *   <li>each charge is rounded to the currency's minor unit, half up, and the total is the sum of the rounded
 *       charges, so the breakdown always adds up.</li>
 * </ol>
 */
final class RateCardQuote {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private RateCardQuote() {
    }

    /** What is priced: the lane (postal codes as sent), the parcels, the COD amount (null: prepaid) and whether the destination is ODA. */
    record Shipment(String originCountry, String originPostalCode, String destinationCountry, String destinationPostalCode,
                    List<Parcel> parcels, Money cod, boolean oda) {
    }

    /** A price, or why the card has none. */
    sealed interface Outcome permits Priced, Unpriced {
    }

    /** @param chargeableKg the chargeable weight the slabs were read at */
    record Priced(String zone, BigDecimal chargeableKg, Money total, List<Charge> charges) implements Outcome {
    }

    /** @param code OTHER_COUNTRY, NO_ZONE, OVER_LAST_SLAB or COD_CURRENCY */
    record Unpriced(String code, String message) implements Outcome {
    }

    static Outcome quote(RateCard card, Shipment shipment) {
        if (!card.country().equals(shipment.originCountry()) || !card.country().equals(shipment.destinationCountry())) {
            return new Unpriced("OTHER_COUNTRY", "the rate card is for shipments within " + card.country());
        }
        if (shipment.cod() != null && shipment.cod().amount().signum() > 0 && card.codFee() != null
                && !shipment.cod().currency().equals(card.currency())) {
            return new Unpriced("COD_CURRENCY", "the COD amount is in " + shipment.cod().currency() + "; the rate card's fees are in "
                    + card.currency());
        }
        RateCard.Zone zone = zone(card, RateCard.PostalGroup.compact(shipment.originPostalCode()),
                RateCard.PostalGroup.compact(shipment.destinationPostalCode()));
        if (zone == null) {
            return new Unpriced("NO_ZONE", "no zone of the rate card covers this origin and destination");
        }
        BigDecimal weight = chargeableKg(card, shipment.parcels());
        BigDecimal freight = freight(zone, weight);
        if (freight == null) {
            return new Unpriced("OVER_LAST_SLAB", "the chargeable weight " + weight.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString() + " kg is over zone " + zone.name() + "'s last slab and the zone has no additional step");
        }
        int decimals = Codes.decimalsOf(card.currency()).orElse(2);
        List<Charge> charges = new ArrayList<>();
        charges.add(charge("Freight (zone " + zone.name() + ")", freight, decimals, card.currency(), ChargeType.BASE));
        if (card.fuelSurchargePercent() != null && card.fuelSurchargePercent().signum() > 0) {
            charges.add(charge("Fuel surcharge " + card.fuelSurchargePercent().toPlainString() + "%",
                    freight.multiply(card.fuelSurchargePercent()).divide(HUNDRED), decimals, card.currency(), ChargeType.SURCHARGE));
        }
        if (shipment.cod() != null && shipment.cod().amount().signum() > 0 && card.codFee() != null) {
            charges.add(charge("COD fee", codFee(card.codFee(), shipment.cod().amount()), decimals, card.currency(), ChargeType.SURCHARGE));
        }
        if (shipment.oda() && card.odaSurcharge() != null && card.odaSurcharge().signum() > 0) {
            charges.add(charge("ODA surcharge", card.odaSurcharge(), decimals, card.currency(), ChargeType.SURCHARGE));
        }
        BigDecimal total = charges.stream().map(c -> c.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Priced(zone.name(), weight, new Money(total, card.currency()), charges);
    }

    /** The matching lane's zone: destination specificity first, then origin; the first lane in the card on a tie. */
    static RateCard.Zone zone(RateCard card, String origin, String destination) {
        return card.lanes().zone(origin, destination);
    }

    static BigDecimal chargeableKg(RateCard card, List<Parcel> parcels) {
        BigDecimal total = BigDecimal.ZERO;
        for (Parcel parcel : parcels) {
            BigDecimal actual = parcel.weight().in(WeightUnit.KG, 6);
            BigDecimal volumetric = card.volumetricDivisor() == null || parcel.dimensions() == null ? BigDecimal.ZERO
                    : parcel.dimensions().cubicCentimetres().divide(card.volumetricDivisor(), MathContext.DECIMAL64);
            total = total.add(actual.max(volumetric));
        }
        return total.stripTrailingZeros();
    }

    /** The zone's freight at the weight; null when it is over the last slab and the zone has no step. */
    static BigDecimal freight(RateCard.Zone zone, BigDecimal kg) {
        for (RateCard.Slab slab : zone.slabs()) {
            if (kg.compareTo(slab.toKg()) <= 0) {
                return slab.price();
            }
        }
        RateCard.Step step = zone.additional();
        if (step == null) {
            return null;
        }
        BigDecimal over = kg.subtract(zone.last().toKg());
        BigDecimal steps = over.divide(step.stepKg(), 0, RoundingMode.CEILING);
        return zone.last().price().add(step.price().multiply(steps));
    }

    static BigDecimal codFee(RateCard.CodFee fee, BigDecimal codAmount) {
        if (fee.fixed() != null) {
            return fee.fixed();
        }
        BigDecimal percent = codAmount.multiply(fee.percent()).divide(HUNDRED);
        return fee.minimum() == null ? percent : percent.max(fee.minimum());
    }

    private static Charge charge(String name, BigDecimal amount, int decimals, String currency, ChargeType type) {
        return new Charge(name, new Money(amount.setScale(decimals, RoundingMode.HALF_UP), currency), type);
    }
}
