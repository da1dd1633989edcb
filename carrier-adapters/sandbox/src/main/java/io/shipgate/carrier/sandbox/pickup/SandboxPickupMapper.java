package io.shipgate.carrier.sandbox.pickup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.shipgate.carrier.model.PickupConfirmation;
import io.shipgate.carrier.model.PickupRequest;
import io.shipgate.carrier.sandbox.SandboxErrors;
import io.shipgate.carrier.sandbox.SandboxParties.WireAddress;
import io.shipgate.carrier.sandbox.SandboxUnits;

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
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record PickupBody(WireAddress address, LocalDate date, LocalTime readyFrom, LocalTime readyUntil, int packageCount,
                             Long totalWeightGrams, List<String> awbs, String instructions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Booking(String pickupId, LocalDate date, LocalTime readyFrom, LocalTime readyUntil) {
    }

    private SandboxPickupMapper() {
    }

    public static PickupBody request(PickupRequest request) {
        return new PickupBody(WireAddress.of(request.location()), request.date(), request.readyFrom(), request.readyUntil(),
                request.packageCount(), request.totalWeight() == null ? null : SandboxUnits.grams(request.totalWeight()),
                request.awbs().isEmpty() ? null : request.awbs(), request.instructions());
    }

    public static PickupConfirmation parse(byte[] body) {
        Booking booking = SandboxErrors.read(body, Booking.class);
        if (booking.pickupId() == null) {
            throw SandboxErrors.unreadable("the pickup answer has no pickup_id");
        }
        return new PickupConfirmation(booking.pickupId(), booking.date(), booking.readyFrom(), booking.readyUntil(),
                new String(body, StandardCharsets.UTF_8));
    }
}
