package io.shipgate.carrier.simulator;

import io.shipgate.carrier.spi.CarrierHistoryModel;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * How the simulated carrier's parcels really travel, beside what it promises ({@link Tariff#delivery}: the service's
 * fixed transit days for the price zone, Monday to Friday, which is what the simulator's rates and labels announce):
 * <ul>
 *   <li>each lane (service, and the first three characters of the two postal codes) has its own behaviour, fixed by a
 *       hash of the lane: a median transit 0.3 to 1.5 business days longer than the promise (carriers promise the
 *       good case), a lognormal spread (sigma 0.22 to 0.42) and a heavy tail (2 to 6 % of parcels lose 2 more days
 *       and an exponential delay of mean 3 days: a missed connection, a hub backlog);</li>
 *   <li>peak season, 15 November to 31 December: medians 30 % longer and tails twice as likely;</li>
 *   <li>{@code sandbox_standard} degrades: from the fourth month of the history on its median is a business day longer;</li>
 *   <li>failed delivery attempts (NDR) and returns to origin (RTO) at lane rates, higher into India (8 to 18 % NDR, 4 to
 *       10 % RTO) than elsewhere (3 to 7 %, 1 to 2.5 %): a failed attempt is retried the next business day; an RTO is
 *       given up after two or three attempts and travels back about as long as it came.</li>
 * </ul>
 * Transit is counted in business days: the gateway dates it in its own calendars (weekends and public holidays), which
 * the promise ignores: the simulator counts Monday to Friday only.
 */
public final class SandboxHistoryModel implements CarrierHistoryModel {

    private static final MonthDay PEAK_FROM = MonthDay.of(11, 15);
    private static final double PEAK_FACTOR = 1.3;
    private static final int DEGRADES_AFTER_MONTHS = 3;

    /** Each lane's behaviour and promised transit, computed once. */
    private final Map<LaneKey, LaneBehaviour> behaviours = new ConcurrentHashMap<>();

    private record LaneKey(SandboxService service, Route route) {
    }

    @Override
    public String carrierCode() {
        return SandboxCarrierSimulator.CARRIER_CODE;
    }

    @Override
    public List<String> services(Route route) {
        Lane lane = lane(route);
        return SandboxService.FORWARD.stream().filter(s -> s.offeredOn(lane)).map(s -> s.code).toList();
    }

    @Override
    public ZoneId timeZone(String country, String postalCode) {
        return Geography.timeZone(country.toUpperCase(Locale.ROOT), null);
    }

    @Override
    public LocalDate promisedDate(String service, Route route, LocalDate shipDate) {
        return Tariff.delivery(service(service), lane(route), shipDate).estimated();
    }

    @Override
    public Journey journey(String service, Route route, LocalDate pickupDay, LocalDate historyStart, RandomGenerator random) {
        SandboxService s = service(service);
        LaneBehaviour behaviour = behaviours.computeIfAbsent(new LaneKey(s, route), k -> LaneBehaviour.of(k.service(), k.route()));
        int promised = behaviour.promisedDays();
        boolean peak = !MonthDay.from(pickupDay).isBefore(PEAK_FROM);
        double median = promised + behaviour.extraDays();
        if (peak) {
            median *= PEAK_FACTOR;
        }
        if (s == SandboxService.STANDARD && !pickupDay.isBefore(historyStart.plusMonths(DEGRADES_AFTER_MONTHS))) {
            median += 1;
        }
        double days = median * Math.exp(behaviour.sigma() * random.nextGaussian());
        if (random.nextDouble() < behaviour.tail() * (peak ? 2 : 1)) {
            days += 2 + random.nextExponential() * 3;
        }
        int transit = Math.max(1, (int) Math.round(days));
        double outcome = random.nextDouble();
        if (outcome < behaviour.rtoRate()) {
            int attempts = 2 + random.nextInt(2);
            return new Journey(transit, attempts, true, Math.max(1, (int) Math.round(median)) + 1);
        }
        if (outcome < behaviour.rtoRate() + behaviour.ndrRate()) {
            return new Journey(transit, random.nextDouble() < 0.8 ? 1 : 2, false, 0);
        }
        return new Journey(transit, 0, false, 0);
    }

    /** A lane's fixed behaviour, from a hash of the service and the two postal codes' first three characters. */
    record LaneBehaviour(int promisedDays, double extraDays, double sigma, double tail, double ndrRate, double rtoRate) {

        static LaneBehaviour of(SandboxService service, Route route) {
            String key = service.code + "|" + route.originCountry() + prefix(route.originPostalCode()) + "|"
                    + route.destinationCountry() + prefix(route.destinationPostalCode());
            ByteBuffer hash = ByteBuffer.wrap(Digests.sha256(key.getBytes(StandardCharsets.UTF_8)));
            double u1 = unit(hash.getShort(0));
            double u2 = unit(hash.getShort(2));
            double u3 = unit(hash.getShort(4));
            double u4 = unit(hash.getShort(6));
            double u5 = unit(hash.getShort(8));
            boolean intoIndia = "IN".equalsIgnoreCase(route.destinationCountry());
            return new LaneBehaviour(service.transitDays(lane(route).zone()), 0.3 + 1.2 * u1, 0.22 + 0.2 * u2, 0.02 + 0.04 * u3,
                    intoIndia ? 0.08 + 0.10 * u4 : 0.03 + 0.04 * u4,
                    intoIndia ? 0.04 + 0.06 * u5 : 0.01 + 0.015 * u5);
        }

        private static double unit(short bits) {
            return Short.toUnsignedInt(bits) / 65536.0;
        }

        private static String prefix(String postalCode) {
            String code = postalCode == null ? "" : postalCode.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
            return code.length() <= 3 ? code : code.substring(0, 3);
        }
    }

    private static SandboxService service(String code) {
        return SandboxService.byCode(code).filter(SandboxService.FORWARD::contains)
                .orElseThrow(() -> new IllegalArgumentException("not a forward service of the sandbox carrier: " + code));
    }

    private static Lane lane(Route route) {
        return new Lane(party(route.originCountry(), route.originPostalCode()), party(route.destinationCountry(), route.destinationPostalCode()));
    }

    private static Party party(String country, String postalCode) {
        return new Party(null, null, null, null, null, null, null, null, postalCode, country.toUpperCase(Locale.ROOT));
    }
}
