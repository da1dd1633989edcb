package io.shipgate.routes.pickup;

import io.shipgate.carrier.model.PickupRequest;

import java.util.UUID;

/** Book a courier pickup with the carrier of one of the tenant's accounts. */
public record SchedulePickupCommand(UUID tenantId, UUID carrierAccountId, PickupRequest request) {
}
