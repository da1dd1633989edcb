package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.TrackingStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What lane learning reads of a bought shipment once it finishes (delivered or returned): its carrier service, its two
 * ends by country and postal code, its dates and its delivery attempts.
 *
 * @param promisedDelivery the carrier's estimated delivery date at purchase; null: none (or bought before it was kept)
 * @param firstAttemptAt   the earliest delivery or failed-delivery scan; null: none reported
 * @param deliveredAt      when it was delivered; null unless DELIVERED
 */
public record ShipmentOutcome(UUID tenantId, UUID shipmentId, String carrier, String service, String originCountry,
                              String originPostalCode, String destinationCountry, String destinationPostalCode, LocalDate shipDate,
                              LocalDate promisedDelivery, Instant firstAttemptAt, Instant deliveredAt, TrackingStatus status) {
}
