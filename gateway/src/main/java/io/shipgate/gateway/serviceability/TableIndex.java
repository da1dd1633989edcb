package io.shipgate.gateway.serviceability;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * One version of an account's table in memory: its postal codes sorted ({@code CC:code}), their flags
 * packed in a byte and their COD limits, found by binary search. A version never changes, so an index
 * is never updated: a newer version gets its own. About 70 bytes a row.
 */
final class TableIndex {

    private static final int PREPAID = 1, COD = 2, PICKUP = 4, REVERSE_PICKUP = 8, ODA = 16, EMBARGO = 32;

    /** A postal code's entry. */
    record Entry(boolean prepaid, boolean cod, BigDecimal codLimit, boolean pickup, boolean reversePickup, boolean oda, boolean embargo) {
    }

    private final int version;
    private final String currency;
    private final Instant uploadedAt;
    private final String[] keys;
    private final byte[] flags;
    /** Null when no row has a limit. */
    private final BigDecimal[] codLimits;

    private TableIndex(int version, String currency, Instant uploadedAt, String[] keys, byte[] flags, BigDecimal[] codLimits) {
        this.version = version;
        this.currency = currency;
        this.uploadedAt = uploadedAt;
        this.keys = keys;
        this.flags = flags;
        this.codLimits = codLimits;
    }

    static TableIndex of(int version, String currency, Instant uploadedAt, List<ServiceabilityRow> rows) {
        ServiceabilityRow[] sorted = rows.toArray(ServiceabilityRow[]::new);
        String[] keys = new String[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            keys[i] = key(sorted[i].country(), sorted[i].postalCode());
        }
        Integer[] order = new Integer[sorted.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> keys[a].compareTo(keys[b]));
        String[] sortedKeys = new String[sorted.length];
        byte[] flags = new byte[sorted.length];
        BigDecimal[] limits = rows.stream().anyMatch(r -> r.codLimit() != null) ? new BigDecimal[sorted.length] : null;
        // a carrier has a handful of limits: one object each, not one per row
        Map<BigDecimal, BigDecimal> distinct = new HashMap<>();
        for (int i = 0; i < order.length; i++) {
            ServiceabilityRow row = sorted[order[i]];
            sortedKeys[i] = keys[order[i]];
            flags[i] = (byte) ((row.prepaid() ? PREPAID : 0) | (row.cod() ? COD : 0) | (row.pickup() ? PICKUP : 0)
                    | (row.reversePickup() ? REVERSE_PICKUP : 0) | (row.oda() ? ODA : 0) | (row.embargo() ? EMBARGO : 0));
            if (limits != null && row.codLimit() != null) {
                limits[i] = distinct.computeIfAbsent(row.codLimit(), limit -> limit);
            }
        }
        return new TableIndex(version, currency, uploadedAt, sortedKeys, flags, limits);
    }

    /** The entry of a postal code (normalized), or null when the table does not list it. */
    Entry find(String country, String postalCode) {
        int i = Arrays.binarySearch(keys, key(country, postalCode));
        if (i < 0) {
            return null;
        }
        int f = flags[i];
        return new Entry((f & PREPAID) != 0, (f & COD) != 0, codLimits == null ? null : codLimits[i], (f & PICKUP) != 0,
                (f & REVERSE_PICKUP) != 0, (f & ODA) != 0, (f & EMBARGO) != 0);
    }

    int version() {
        return version;
    }

    /** The currency of the COD limits; null when the file gave none. */
    String currency() {
        return currency;
    }

    Instant uploadedAt() {
        return uploadedAt;
    }

    int size() {
        return keys.length;
    }

    private static String key(String country, String postalCode) {
        return country + ":" + postalCode;
    }
}
