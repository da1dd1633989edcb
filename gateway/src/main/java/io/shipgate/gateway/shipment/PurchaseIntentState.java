package io.shipgate.gateway.shipment;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where an unsettled purchase stands. PENDING: the purchase is running (or the gateway stopped
 * during it: the reconciler takes it at the end of its lease); RECONCILING: the reconciler is
 * settling it; NEEDS_ATTENTION: it could not.
 */
@Schema(description = "PENDING: running (or its gateway stopped during it); RECONCILING: the reconciler settles it; "
        + "NEEDS_ATTENTION: it could not, an operator must ask the carrier")
public enum PurchaseIntentState {
    PENDING, RECONCILING, NEEDS_ATTENTION
}
