package io.shipgate.routes.ndr;

import io.shipgate.carrier.model.ShipmentRef;

import java.util.UUID;

/**
 * The shipment an NDR action goes to, as {@link io.shipgate.routes.port.NdrCases} found it ({@code shipment} only once begun).
 *
 * @param attempt the failed attempt the action answers
 */
public record NdrTarget(UUID tenantId, UUID caseId, UUID carrierAccountId, String carrier, ShipmentRef shipment, int attempt) {
}
