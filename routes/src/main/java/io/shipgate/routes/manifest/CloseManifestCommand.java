package io.shipgate.routes.manifest;

import io.shipgate.carrier.model.ManifestRequest;

import java.util.UUID;

/** Close the day (end-of-day manifest) at the carrier of one of the tenant's accounts. */
public record CloseManifestCommand(UUID tenantId, UUID carrierAccountId, ManifestRequest request) {
}
