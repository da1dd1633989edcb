package io.shipgate.routes.pickup;

import io.shipgate.carrier.model.PickupRef;

import java.util.UUID;

/** Cancel a pickup booked earlier on the tenant's carrier account. */
public record CancelPickupCommand(UUID tenantId, UUID carrierAccountId, PickupRef pickup) {
}
