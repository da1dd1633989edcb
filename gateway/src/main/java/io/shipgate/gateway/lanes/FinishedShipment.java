package io.shipgate.gateway.lanes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * What a lane learner sees of a shipment that finished: delivered to its recipient, or returned to its origin (RTO).
 *
 * @param pickupDate            the day the carrier picked it up (the ship date)
 * @param finishedAt            when it was delivered or returned: the time its figures count from (decay)
 * @param delivered             delivered to the recipient
 * @param returnedToOrigin      returned to the shipper (RTO); never together with delivered
 * @param failedAttempts        failed delivery attempts (NDR when 1 or more)
 * @param firstAttemptDelivered delivered at the first attempt
 * @param transitBusinessDays   the business days after the pickup date up to the delivery date in the destination's
 *                              calendar ({@code BusinessCalendar.businessDaysBetween}); null unless delivered (or unknown)
 * @param promisedDate          the carrier's estimated delivery date at purchase; null: none
 * @param onTime                delivered by the promised date; null without one (or not delivered)
 */
public record FinishedShipment(UUID tenantId, Lane lane, LocalDate pickupDate, Instant finishedAt, boolean delivered,
                               boolean returnedToOrigin, int failedAttempts, boolean firstAttemptDelivered,
                               Integer transitBusinessDays, LocalDate promisedDate, Boolean onTime) {

    public FinishedShipment {
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(finishedAt, "finishedAt");
        if (delivered && returnedToOrigin) {
            throw new IllegalArgumentException("a shipment is either delivered or returned to origin, not both");
        }
        if (failedAttempts < 0) {
            throw new IllegalArgumentException("failedAttempts must be 0 or more, was " + failedAttempts);
        }
        if (!delivered && transitBusinessDays != null) {
            throw new IllegalArgumentException("only a delivered shipment has a transit time");
        }
    }

    /** At least one failed delivery attempt. */
    public boolean ndr() {
        return failedAttempts > 0;
    }
}
