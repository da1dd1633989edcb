package io.shipgate.gateway.ratecard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A card's lanes indexed by destination, so that a quote finds its zone by looking up the destination's prefixes and
 * the ranges around it instead of reading every lane (a 10,000-line card has thousands). Built once per card (cards
 * are immutable); answers exactly as reading every lane would: destination specificity first, then origin, then the
 * first lane in the card.
 */
final class LaneIndex {

    private record Entry(int order, RateCard.Lane lane, RateCard.Zone zone) {
    }

    /** Ranges of one code length, sorted by their first code, with the running highest last code (to stop a scan). */
    private record Ranges(String[] from, String[] to, String[] highestTo, Entry[] entries) {
    }

    private final Map<String, List<Entry>> byPrefix;
    private final int[] prefixLengths;
    private final Map<Integer, Ranges> rangesByLength;

    private LaneIndex(Map<String, List<Entry>> byPrefix, int[] prefixLengths, Map<Integer, Ranges> rangesByLength) {
        this.byPrefix = byPrefix;
        this.prefixLengths = prefixLengths;
        this.rangesByLength = rangesByLength;
    }

    static LaneIndex of(List<RateCard.Zone> zones) {
        Map<String, List<Entry>> byPrefix = new HashMap<>();
        TreeSet<Integer> lengths = new TreeSet<>();
        Map<Integer, List<Entry>> ranges = new HashMap<>();
        int order = 0;
        for (RateCard.Zone zone : zones) {
            for (RateCard.Lane lane : zone.lanes()) {
                Entry entry = new Entry(order++, lane, zone);
                RateCard.PostalGroup destination = lane.destination();
                if (destination.prefix() != null) {
                    byPrefix.computeIfAbsent(destination.prefix(), p -> new ArrayList<>(1)).add(entry);
                    lengths.add(destination.prefix().length());
                } else {
                    ranges.computeIfAbsent(destination.from().length(), l -> new ArrayList<>()).add(entry);
                }
            }
        }
        Map<Integer, Ranges> rangesByLength = new HashMap<>();
        ranges.forEach((length, entries) -> {
            entries.sort(Comparator.comparing((Entry e) -> e.lane().destination().from()));
            int n = entries.size();
            String[] from = new String[n], to = new String[n], highest = new String[n];
            for (int i = 0; i < n; i++) {
                from[i] = entries.get(i).lane().destination().from();
                to[i] = entries.get(i).lane().destination().to();
                highest[i] = i == 0 || to[i].compareTo(highest[i - 1]) > 0 ? to[i] : highest[i - 1];
            }
            rangesByLength.put(length, new Ranges(from, to, highest, entries.toArray(Entry[]::new)));
        });
        byPrefix.replaceAll((prefix, entries) -> List.copyOf(entries));
        return new LaneIndex(Map.copyOf(byPrefix), lengths.stream().mapToInt(Integer::intValue).toArray(), Map.copyOf(rangesByLength));
    }

    /** The zone of the best lane for these compacted codes, or null when no lane covers them. */
    RateCard.Zone zone(String origin, String destination) {
        Entry best = null;
        for (int length : prefixLengths) {
            if (length > destination.length()) {
                break;
            }
            List<Entry> entries = byPrefix.get(destination.substring(0, length));
            if (entries != null) {
                for (Entry e : entries) {
                    best = better(best, e, origin);
                }
            }
        }
        Ranges ranges = rangesByLength.get(destination.length());
        if (ranges != null) {
            int i = Arrays.binarySearch(ranges.from(), destination);
            // the last range starting at or before the destination, then back while a range before it may still reach it
            for (int j = i >= 0 ? lastEqual(ranges.from(), i) : -i - 2; j >= 0 && ranges.highestTo()[j].compareTo(destination) >= 0; j--) {
                if (ranges.to()[j].compareTo(destination) >= 0) {
                    best = better(best, ranges.entries()[j], origin);
                }
            }
        }
        return best == null ? null : best.zone();
    }

    /** Derived from the card's zones, so it never tells two cards apart (the zones do). */
    @Override
    public boolean equals(Object other) {
        return other instanceof LaneIndex;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return "LaneIndex";
    }

    private static int lastEqual(String[] sorted, int i) {
        int j = i;
        while (j + 1 < sorted.length && sorted[j + 1].equals(sorted[i])) {
            j++;
        }
        return j;
    }

    private static Entry better(Entry best, Entry candidate, String origin) {
        if (!candidate.lane().origin().matches(origin)) {
            return best;
        }
        if (best == null) {
            return candidate;
        }
        int d = Integer.compare(candidate.lane().destination().specificity(), best.lane().destination().specificity());
        if (d != 0) {
            return d > 0 ? candidate : best;
        }
        int o = Integer.compare(candidate.lane().origin().specificity(), best.lane().origin().specificity());
        if (o != 0) {
            return o > 0 ? candidate : best;
        }
        return candidate.order() < best.order() ? candidate : best;
    }
}
