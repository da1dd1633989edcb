package io.shipgate.carrier.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A courier pickup at a warehouse or store.
 *
 * @param location      where to pick up (for Delhivery: the registered warehouse name in {@code location.company})
 * @param readyFrom     local time at the location from which parcels are ready
 * @param readyUntil    local time at which the location closes
 * @param awbs          the shipments to collect, when the carrier wants them listed
 */
public record PickupRequest(Address location, LocalDate date, LocalTime readyFrom,
                            LocalTime readyUntil, Integer packageCount, Weight totalWeight,
                            List<String> awbs, String instructions) {

    public PickupRequest {
        awbs = awbs == null ? List.of() : List.copyOf(awbs);
    }
}
