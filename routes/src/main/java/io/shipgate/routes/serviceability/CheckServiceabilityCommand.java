package io.shipgate.routes.serviceability;

import io.shipgate.carrier.model.ServiceabilityRequest;

import java.time.Duration;
import java.util.UUID;

/**
 * Ask the carrier of one of the tenant's accounts what it offers on a lane (its live serviceability
 * check), within {@code timeout}: a check sits on a checkout's path, so its budget is shorter than a
 * purchase's.
 */
public record CheckServiceabilityCommand(UUID tenantId, UUID carrierAccountId, ServiceabilityRequest request, Duration timeout) {
}
