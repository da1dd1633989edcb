package io.shipgate.carrier.sandbox.pickup;

import io.shipgate.carrier.model.PickupConfirmation;
import io.shipgate.carrier.model.PickupRequest;
import io.shipgate.carrier.sandbox.SandboxJson;
import io.shipgate.carrier.sandbox.SandboxWire;
import io.shipgate.carrier.sandbox.SandboxWire.WireAddress;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * {@code POST /v1/pickups}: a universal pickup request to the sandbox's, its booking to a universal
 * confirmation. The sandbox may move the date (weekends) and narrow the window (09:00 to 18:00):
 * the confirmation says what it committed to.
 */
public final class SandboxPickupMapper {

    /** The body of {@code POST /v1/pickups}. */
    public record PickupBody(WireAddress address, LocalDate date, LocalTime readyFrom, LocalTime readyUntil, int packageCount,
                             Long totalWeightGrams, List<String> awbs, String instructions) {
    }

    record Booking(String pickupId, LocalDate date, LocalTime readyFrom, LocalTime readyUntil) {
    }

    private SandboxPickupMapper() {
    }

    public static PickupBody request(PickupRequest request) {
        return new PickupBody(WireAddress.of(request.location()), request.date(), request.readyFrom(), request.readyUntil(),
                request.packageCount(), request.totalWeight() == null ? null : SandboxWire.grams(request.totalWeight()),
                request.awbs().isEmpty() ? null : request.awbs(), request.instructions());
    }

    public static PickupConfirmation parse(byte[] body) {
        Booking booking = SandboxJson.read(body, Booking.class);
        return new PickupConfirmation(booking.pickupId(), booking.date(), booking.readyFrom(), booking.readyUntil(),
                new String(body, StandardCharsets.UTF_8));
    }
}
