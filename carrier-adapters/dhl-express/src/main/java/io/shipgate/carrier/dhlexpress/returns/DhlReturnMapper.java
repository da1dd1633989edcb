package io.shipgate.carrier.dhlexpress.returns;

import io.shipgate.carrier.dhlexpress.DhlOrder;
import io.shipgate.carrier.dhlexpress.DhlSettings;
import io.shipgate.carrier.model.ReturnRequest;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.ShipmentOptions;

/**
 * A customer return as a MyDHL shipment from the customer to the merchant's warehouse, booked
 * under the account's import account (so the merchant pays for a label printed abroad), else its
 * shipper account. The return is a {@link DhlOrder} like any label purchase (the carrier books it
 * as one); the courier is booked as a pickup at the customer's address, or the customer drops
 * the parcel at a DHL service point.
 */
public final class DhlReturnMapper {

    private static final ShipmentOptions RETURN_LABEL = new ShipmentOptions(null, null, null, true, null, null);

    private DhlReturnMapper() {
    }

    public static DhlOrder order(ReturnRequest request, DhlSettings settings) {
        return new DhlOrder(request.customer(), "customer", request.warehouse(), "warehouse", request.parcels(),
                request.service(), ServiceLevel.STANDARD, request.reference(), RETURN_LABEL, request.customs(),
                settings.returnAccountNumber());
    }
}
