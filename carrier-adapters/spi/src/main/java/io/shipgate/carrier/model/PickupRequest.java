package io.shipgate.carrier.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

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
public record PickupRequest(@NotNull @Valid Address location, @NotNull LocalDate date, @NotNull LocalTime readyFrom,
                            @NotNull LocalTime readyUntil, @NotNull @Positive Integer packageCount, @Valid Weight totalWeight,
                            List<String> awbs, String instructions) {

    public PickupRequest {
        awbs = awbs == null ? List.of() : List.copyOf(awbs);
    }
}
