package io.shipgate.routes.returns;

import io.shipgate.carrier.model.ShipmentRef;

import java.util.UUID;

/** Cancel a return's reverse pickup at the carrier, before the courier picked the parcel up. */
public record CancelReturnCommand(UUID tenantId, UUID carrierAccountId, ShipmentRef ref) {
}
