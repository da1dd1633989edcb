package io.shipgate.routes.edd;

import io.shipgate.carrier.model.EddRequest;

import java.time.Duration;
import java.util.UUID;

/**
 * Ask the carrier of one of the tenant's accounts for its committed delivery dates on a lane (UPS Time in Transit, FedEx
 * and DHL commit dates), within {@code timeout}: an EDD sits on a checkout's path.
 */
public record EstimateDeliveryCommand(UUID tenantId, UUID carrierAccountId, EddRequest request, Duration timeout) {
}
