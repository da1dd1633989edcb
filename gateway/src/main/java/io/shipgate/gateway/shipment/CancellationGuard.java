package io.shipgate.gateway.shipment;

import java.util.UUID;

/**
 * What another feature implements to refuse a shipment's cancellation before the carrier is asked, e.g. the manifest
 * feature for a shipment already on an end-of-day manifest handed to the courier.
 */
public interface CancellationGuard {

    /** Throws an {@link io.shipgate.gateway.platform.problem.ApiException} (a 409 naming why) when the shipment may not be cancelled. */
    void checkCancellable(UUID tenantId, UUID shipmentId);
}
