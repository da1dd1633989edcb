package io.shipgate.carrier.fedex.shipment;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.ReturnRequest;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.ShipmentOptions;
import io.shipgate.carrier.model.ShipmentRequest;

import java.util.List;

/**
 * What FedEx's Ship API is asked to label, from a forward shipment or a customer return: a return
 * is a shipment from the customer (shipper) to the warehouse (recipient) with FedEx's
 * {@code returnShipmentDetail}, billed to the merchant's account.
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

    public static FedExShipment of(ReturnRequest request) {
        return new FedExShipment(request.service(), request.service() == null ? ServiceLevel.STANDARD : null, request.customer(),
                request.warehouse(), request.parcels(), request.reference(), ShipmentOptions.NONE, request.customs(),
                new ReturnOf(request.originalAwb(), request.reason()));
    }

    public boolean crossesBorder() {
        return !shipper.country().equals(recipient.country());
    }
}
