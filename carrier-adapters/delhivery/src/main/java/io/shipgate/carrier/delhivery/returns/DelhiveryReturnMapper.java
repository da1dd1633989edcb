package io.shipgate.carrier.delhivery.returns;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.delhivery.DelhiveryErrors;
import io.shipgate.carrier.delhivery.DelhiveryServices;
import io.shipgate.carrier.delhivery.shipment.DelhiveryShipmentMapper;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.ReturnRequest;

/**
 * A reverse pickup (RVP) is a manifest ({@code POST /api/cmu/create.json}) with
 * {@code payment_mode} {@code Pickup}: the customer is the "consignee" the courier picks up from,
 * the account's warehouse ({@code pickup_location}) is where the parcel goes, and the warehouse's
 * address is the return address. The courier brings the reverse label, so none is fetched.
 */
public final class DelhiveryReturnMapper {

    private DelhiveryReturnMapper() {
    }

    /**
     * The manifest's {@code data}.
     *
     * @param order Delhivery's order id of the return: unique
     */
    public static ObjectNode request(ReturnRequest request, String pickupLocation, DelhiveryServices service, String order) {
        if (request.parcels().size() > 1) {
            throw DelhiveryErrors.notServiceable("ONE_PARCEL", "Delhivery B2C takes one parcel per reverse pickup", "parcels");
        }
        Parcel parcel = request.parcels().getFirst();
        ObjectNode shipment = DelhiveryShipmentMapper.consignee(request.customer(), "customer");
        shipment.put("order", order);
        shipment.put("payment_mode", "Pickup");
        String description = parcel.description() != null && !parcel.description().isBlank() ? parcel.description() : request.reason();
        if (description != null && !description.isBlank()) {
            shipment.put("products_desc", description.strip());
        }
        DelhiveryShipmentMapper.parcel(shipment, parcel);
        shipment.put("shipping_mode", service.shippingMode());
        DelhiveryShipmentMapper.returnAddress(shipment, request.warehouse(), "warehouse");
        if (request.reason() != null && !request.reason().isBlank()) {
            shipment.putObject("extra_parameters").put("return_reason", request.reason().strip());
        }
        return DelhiveryShipmentMapper.manifest(shipment, pickupLocation);
    }
}
