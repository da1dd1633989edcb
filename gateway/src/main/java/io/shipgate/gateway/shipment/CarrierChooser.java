package io.shipgate.gateway.shipment;

import java.util.UUID;

/**
 * Chooses the carrier account and service of a purchase with {@code carrier: "auto"}: the shipment module's port, which
 * the recommendation module implements (it depends on this module, not the other way round).
 */
public interface CarrierChooser {

    /** The code that asks for the recommendation's top choice. */
    String AUTO = "auto";

    /** What to buy, and the decision to record with the shipment. */
    record CarrierChoice(UUID carrierAccountId, String service, ShipmentDecisionView decision) {
    }

    /**
     * The top recommendation for the purchase (its lane, parcels, COD and service level); a problem (422) when no option
     * is eligible.
     */
    CarrierChoice choose(UUID tenantId, CreateShipmentRequest request);
}
