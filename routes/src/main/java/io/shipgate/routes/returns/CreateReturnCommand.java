package io.shipgate.routes.returns;

import io.shipgate.carrier.model.ReturnRequest;
import io.shipgate.routes.port.CarrierSelection;

import java.util.UUID;

/**
 * Book a customer return (reverse pickup) on a carrier account.
 *
 * @param carrierIdempotencyKey the key the carrier deduplicates the booking by (the same for a retried request)
 */
public record CreateReturnCommand(UUID tenantId, CarrierSelection selection, ReturnRequest request, String carrierIdempotencyKey) {
}
