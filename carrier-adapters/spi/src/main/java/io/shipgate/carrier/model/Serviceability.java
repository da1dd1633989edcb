package io.shipgate.carrier.model;

import java.util.List;

/**
 * What the carrier offers for a destination (a pincode in India, a postal code elsewhere).
 *
 * @param prepaid       prepaid delivery possible
 * @param cod           cash on delivery possible
 * @param pickup        forward pickup possible at the origin
 * @param reversePickup a return can be picked up at the destination
 * @param codLimit      the largest cash-on-delivery amount the carrier collects at the destination; null when it
 *                      states none
 * @param oda           the destination is out of the carrier's delivery area: served, more slowly
 * @param embargo       the destination is temporarily closed (the carrier lists it but delivers nothing there)
 */
public record Serviceability(boolean serviceable, boolean prepaid, boolean cod, boolean pickup, boolean reversePickup,
                             List<String> services, String remark, Money codLimit, boolean oda, boolean embargo) {

    public Serviceability {
        services = services == null ? List.of() : List.copyOf(services);
    }

    /** An answer without COD limit, delivery area or embargo: what a carrier that states none of them gives. */
    public Serviceability(boolean serviceable, boolean prepaid, boolean cod, boolean pickup, boolean reversePickup,
                          List<String> services, String remark) {
        this(serviceable, prepaid, cod, pickup, reversePickup, services, remark, null, false, false);
    }
}
