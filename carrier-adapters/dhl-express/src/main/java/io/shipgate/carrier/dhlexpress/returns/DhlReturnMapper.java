package io.shipgate.carrier.dhlexpress.returns;

import io.shipgate.carrier.dhlexpress.DhlSettings;
import io.shipgate.carrier.dhlexpress.shipment.DhlShipmentMapper;
import io.shipgate.carrier.model.ReturnRequest;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.ShipmentOptions;

/**
 * A customer return as a MyDHL shipment from the customer to the merchant's warehouse, booked
 * under the account's import account (so the merchant pays for a label printed abroad), else its
 * shipper account. The request and answer are a label purchase's ({@link DhlShipmentMapper}); the
 * courier is booked as a pickup at the customer's address, or the customer drops the parcel at a
 * DHL service point.
 */
public final class DhlReturnMapper {

    private static final ShipmentOptions RETURN_LABEL = new ShipmentOptions(null, null, null, true, null, null);

    private DhlReturnMapper() {
    }

    public static DhlShipmentMapper.Order order(ReturnRequest request, DhlSettings settings) {
        return new DhlShipmentMapper.Order(request.customer(), "customer", request.warehouse(), "warehouse", request.parcels(),
                request.service(), ServiceLevel.STANDARD, request.reference(), RETURN_LABEL, request.customs(),
                settings.returnAccountNumber());
    }
}
