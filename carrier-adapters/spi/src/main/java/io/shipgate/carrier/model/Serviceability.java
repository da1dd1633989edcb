package io.shipgate.carrier.model;

import java.util.List;

/**
 * What the carrier offers for a destination (a pincode in India, a postal code elsewhere).
 *
 * @param prepaid       prepaid delivery possible
 * @param cod           cash on delivery possible
 * @param pickup        forward pickup possible at the origin
 * @param reversePickup a return can be picked up at the destination
 */
public record Serviceability(boolean serviceable, boolean prepaid, boolean cod, boolean pickup, boolean reversePickup,
                             List<String> services, String remark) {

    public Serviceability {
        services = services == null ? List.of() : List.copyOf(services);
    }
}
