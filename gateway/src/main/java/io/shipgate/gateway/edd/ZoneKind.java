package io.shipgate.gateway.edd;

/**
 * How far a lane goes, which is what its default transit days and its carrier's comparable average depend on: within one
 * region (the same postal prefix), between two regions of one country, or across a border. A region is a country code,
 * optionally followed by {@code -} and a postal prefix ({@code IN-122}, {@code GB-SW}, {@code NZ}); a region that is a
 * whole country is never "the same region" as itself (it says nothing finer than the country).
 */
public enum ZoneKind {
    SAME_REGION, SAME_COUNTRY, CROSS_BORDER;

    public static ZoneKind of(String originRegion, String destinationRegion) {
        String from = country(originRegion);
        String to = country(destinationRegion);
        if (!from.equals(to)) {
            return CROSS_BORDER;
        }
        return originRegion.equals(destinationRegion) && originRegion.length() > from.length() ? SAME_REGION : SAME_COUNTRY;
    }

    /** The country of a region: its part before {@code -}. */
    public static String country(String region) {
        int dash = region.indexOf('-');
        return dash < 0 ? region : region.substring(0, dash);
    }
}
