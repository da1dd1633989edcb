package io.shipgate.gateway.edd;

import java.time.LocalDate;

/**
 * A carrier service's delivery-time distribution on a lane.
 *
 * @param pickupDate    the first business day the carrier picks the parcel up (after the cut-off: the next one)
 * @param p50           business days in transit after the pickup day at the 50th percentile (p75...p99 likewise)
 * @param p50Date       the date at the 50th percentile (p75Date...p99Date likewise)
 * @param earliest      the earliest date of the central interval holding the query's confidence
 * @param latest        its latest date
 * @param source        where the distribution came from
 * @param laneShipments the (decayed) number of delivered shipments of the lane behind it
 */
public record DeliveryEstimate(String carrier, String service, LocalDate pickupDate, int p50, int p75, int p90, int p95, int p99,
                               LocalDate p50Date, LocalDate p75Date, LocalDate p90Date, LocalDate p95Date, LocalDate p99Date,
                               LocalDate earliest, LocalDate latest, EddSource source, double laneShipments) {
}
