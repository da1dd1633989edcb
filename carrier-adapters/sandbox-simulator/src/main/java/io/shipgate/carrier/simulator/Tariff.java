package io.shipgate.carrier.simulator;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The simulated carrier's prices and delivery dates, deterministic for the same request:
 * <ul>
 *   <li>freight: the service's price for the first half kilogram plus each further half kilogram
 *       of billable weight (see {@link ParcelSpec#billableKg()}, summed over parcels), times the
 *       zone factor (1.00 in zone 1, +0.15 a zone to 2.05 in zone 8; 2.80 in zone 9, 3.60 in 10);</li>
 *   <li>fuel surcharge: 8.5 % of freight; COD fee: 2 % of the amount collected, at least 1.00;
 *       insurance: 1 % of the declared value;</li>
 *   <li>delivery: the ship date plus the service's transit days, counting Monday to Friday only.</li>
 * </ul>
 * Prices are in USD and converted with {@link Currencies}; each line is rounded on its own and the
 * total is their sum.
 */
final class Tariff {

    private static final BigDecimal HALF_KG = new BigDecimal("0.5");
    private static final BigDecimal ZONE_STEP = new BigDecimal("0.15");
    private static final BigDecimal ZONE_9 = new BigDecimal("2.80");
    private static final BigDecimal ZONE_10 = new BigDecimal("3.60");
    private static final BigDecimal FUEL_RATE = new BigDecimal("0.085");
    private static final BigDecimal COD_RATE = new BigDecimal("0.02");
    private static final BigDecimal COD_MINIMUM = BigDecimal.ONE;
    private static final BigDecimal INSURANCE_RATE = new BigDecimal("0.01");

    /** One line of a price: its name, amount in the quote's currency, and kind: BASE or SURCHARGE. */
    record Charge(String name, BigDecimal amount, String type) {

        Charge(String name, BigDecimal amount) {
            this(name, amount, "SURCHARGE");
        }
    }

    record Delivery(int transitDays, LocalDate estimated, LocalDate latest, boolean guaranteed) {
    }

    record Quote(SandboxService service, String currency, BigDecimal total, List<Charge> charges, Delivery delivery) {
    }

    private Tariff() {
    }

    /** Quotes for every forward service offered on the lane, cheapest first. */
    static List<Quote> quotes(Lane lane, List<ParcelSpec> parcels, Amount cod, Amount declaredValue, String currency,
                              LocalDate shipDate) {
        return SandboxService.FORWARD.stream().filter(s -> s.offeredOn(lane))
                .map(s -> quote(s, lane, parcels, cod, declaredValue, currency, shipDate))
                .sorted(Comparator.comparing(Quote::total).thenComparing(q -> q.delivery().transitDays()))
                .toList();
    }

    static Quote quote(SandboxService service, Lane lane, List<ParcelSpec> parcels, Amount cod, Amount declaredValue,
                       String currency, LocalDate shipDate) {
        int zone = lane.zone();
        BigDecimal halfKilograms = parcels.stream().map(ParcelSpec::billableKg).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(HALF_KG);
        BigDecimal freightUsd = service.firstHalfKg
                .add(service.additionalHalfKg.multiply(halfKilograms.subtract(BigDecimal.ONE)))
                .multiply(zoneFactor(zone));
        BigDecimal freight = Currencies.round(Currencies.convert(freightUsd, "USD", currency), currency);

        List<Charge> charges = new ArrayList<>();
        charges.add(new Charge("Base freight", freight, "BASE"));
        charges.add(new Charge("Fuel surcharge", Currencies.round(freight.multiply(FUEL_RATE), currency)));
        if (cod != null) {
            BigDecimal fee = Currencies.convert(cod.value(), cod.currency(), currency).multiply(COD_RATE).max(COD_MINIMUM);
            charges.add(new Charge("COD fee", Currencies.round(fee, currency)));
        }
        if (declaredValue != null) {
            BigDecimal premium = Currencies.convert(declaredValue.value(), declaredValue.currency(), currency).multiply(INSURANCE_RATE);
            charges.add(new Charge("Insurance", Currencies.round(premium, currency)));
        }
        BigDecimal total = charges.stream().map(Charge::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Quote(service, currency, total, List.copyOf(charges), delivery(service, lane, shipDate));
    }

    /** When the service delivers on the lane if shipped on {@code shipDate}. */
    static Delivery delivery(SandboxService service, Lane lane, LocalDate shipDate) {
        int days = service.transitDays(lane.zone());
        boolean guaranteed = service.guaranteed(lane);
        LocalDate estimated = plusBusinessDays(shipDate, days);
        return new Delivery(days, estimated, guaranteed ? estimated : plusBusinessDays(estimated, 1), guaranteed);
    }

    private static BigDecimal zoneFactor(int zone) {
        return switch (zone) {
            case 9 -> ZONE_9;
            case 10 -> ZONE_10;
            default -> BigDecimal.ONE.add(ZONE_STEP.multiply(BigDecimal.valueOf(zone - 1L)));
        };
    }

    static LocalDate plusBusinessDays(LocalDate date, int days) {
        LocalDate result = date;
        for (int added = 0; added < days; ) {
            result = result.plusDays(1);
            if (result.getDayOfWeek() != DayOfWeek.SATURDAY && result.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return result;
    }
}
