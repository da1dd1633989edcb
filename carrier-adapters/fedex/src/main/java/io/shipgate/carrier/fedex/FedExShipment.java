package io.shipgate.carrier.fedex;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.ShipmentOptions;
import io.shipgate.carrier.model.ShipmentRequest;

import java.util.List;

/**
 * What FedEx's Ship API is asked to label, in the terms a forward shipment and a customer return
 * share: the shipment mapper books it, the return mapper makes one of a return request (a shipment
 * from the customer to the warehouse with FedEx's {@code returnShipmentDetail}, billed to the
 * merchant's account).
 *
 * @param returnOf set for a return label
 */
public record FedExShipment(String service, ServiceLevel serviceLevel, Address shipper, Address recipient, List<Parcel> parcels,
                            String reference, ShipmentOptions options, CustomsDeclaration customs, ReturnOf returnOf) {

    /** What a return label refers to: the forward shipment's AWB and the customer's reason, each optional. */
    public record ReturnOf(String originalAwb, String reason) {
    }

    public static FedExShipment of(ShipmentRequest request) {
        return new FedExShipment(request.service(), request.serviceLevel(), request.shipper(), request.recipient(), request.parcels(),
                request.reference(), request.options(), request.customs(),
                request.options().returnShipment() ? new ReturnOf(null, null) : null);
    }

    public boolean crossesBorder() {
        return !shipper.country().equals(recipient.country());
    }
}
