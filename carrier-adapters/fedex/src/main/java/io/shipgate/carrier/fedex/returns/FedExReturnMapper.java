package io.shipgate.carrier.fedex.returns;

import io.shipgate.carrier.fedex.FedExShipment;
import io.shipgate.carrier.model.ReturnRequest;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.ShipmentOptions;

/**
 * A customer return as a FedEx Ship API label: a shipment from the customer (shipper) to the
 * merchant's warehouse (recipient), billed to the merchant's account, with FedEx's
 * {@code returnShipmentDetail} ({@code PRINT_RETURN_LABEL}) naming the forward shipment's tracking
 * number and the customer's reason when given. It is booked and read like any label purchase
 * ({@link FedExShipment}); without a service, FedEx's standard service of the lane.
 */
public final class FedExReturnMapper {

    private FedExReturnMapper() {
    }

    public static FedExShipment shipment(ReturnRequest request) {
        return new FedExShipment(request.service(), request.service() == null ? ServiceLevel.STANDARD : null, request.customer(),
                request.warehouse(), request.parcels(), request.reference(), ShipmentOptions.NONE, request.customs(),
                new FedExShipment.ReturnOf(request.originalAwb(), request.reason()));
    }
}
