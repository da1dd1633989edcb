package io.shipgate.gateway.lanes;

import java.util.Objects;

/**
 * A carrier service between two regions: what lane statistics (transit times, outcomes) are kept by. A region is a
 * country and a prefix of its postal codes ({@code IN-122}, {@code US-100}, {@code GB-SW}), as {@link LaneRegions} cuts it.
 *
 * @param service the carrier's service code; {@code *} stands for every service of the carrier (its average)
 */
public record Lane(String carrier, String service, String originRegion, String destinationRegion) {

    public static final String ANY_SERVICE = "*";

    public Lane {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(originRegion, "originRegion");
        Objects.requireNonNull(destinationRegion, "destinationRegion");
    }

    /** The lane between two postal codes. */
    public static Lane of(String carrier, String service, String originCountry, String originPostalCode, String destinationCountry,
                          String destinationPostalCode) {
        return new Lane(carrier, service, LaneRegions.region(originCountry, originPostalCode),
                LaneRegions.region(destinationCountry, destinationPostalCode));
    }
}
