package io.shipgate.gateway.ratecard;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The lane index answers exactly as reading every lane of the card would, on random cards with overlapping groups. */
class LaneIndexTest {

    @Test
    void findsTheZoneEveryLaneScanWouldFind() {
        Random random = new Random(17);
        for (int round = 0; round < 200; round++) {
            List<RateCard.Zone> zones = new ArrayList<>();
            int zoneCount = 1 + random.nextInt(30);
            for (int z = 0; z < zoneCount; z++) {
                List<RateCard.Lane> lanes = new ArrayList<>();
                for (int l = 0, n = 1 + random.nextInt(3); l < n; l++) {
                    lanes.add(new RateCard.Lane(group(random), group(random)));
                }
                zones.add(new RateCard.Zone("Z" + z, lanes, List.of(new RateCard.Slab(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.TEN)), null));
            }
            RateCard card = new RateCard("INR", "IN", null, null, null, null, null, zones);
            for (int q = 0; q < 200; q++) {
                String origin = code(random, 6), destination = code(random, random.nextInt(10) == 0 ? 5 : 6);
                assertThat(RateCardQuote.zone(card, origin, destination)).as("%s -> %s in %s", origin, destination, zones)
                        .isSameAs(scan(zones, origin, destination));
            }
        }
    }

    /** The reference: every lane, destination specificity first, then origin, the first lane on a tie. */
    private static RateCard.Zone scan(List<RateCard.Zone> zones, String origin, String destination) {
        RateCard.Zone best = null;
        int bestDestination = -1, bestOrigin = -1;
        for (RateCard.Zone zone : zones) {
            for (RateCard.Lane lane : zone.lanes()) {
                if (!lane.destination().matches(destination) || !lane.origin().matches(origin)) {
                    continue;
                }
                int d = lane.destination().specificity(), o = lane.origin().specificity();
                if (d > bestDestination || (d == bestDestination && o > bestOrigin)) {
                    best = zone;
                    bestDestination = d;
                    bestOrigin = o;
                }
            }
        }
        return best;
    }

    private static RateCard.PostalGroup group(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> RateCard.PostalGroup.parse("*");
            case 1 -> RateCard.PostalGroup.parse(code(random, 1 + random.nextInt(4)));
            default -> {
                int length = random.nextInt(5) == 0 ? 5 : 6;
                int a = (int) Math.pow(10, length - 1) * (1 + random.nextInt(3)) + random.nextInt((int) Math.pow(10, length - 1));
                int span = random.nextInt(3) == 0 ? random.nextInt(100_000) : random.nextInt(500);
                int b = Math.min(a + span, (int) Math.pow(10, length) - 1);
                yield RateCard.PostalGroup.parse(a + "-" + b);
            }
        };
    }

    /** Codes starting with 1 to 3, so that prefixes and ranges often meet them. */
    private static String code(Random random, int length) {
        StringBuilder code = new StringBuilder().append(1 + random.nextInt(3));
        while (code.length() < length) {
            code.append(random.nextInt(10));
        }
        return code.toString();
    }
}
