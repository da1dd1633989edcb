package io.shipgate.carrier.model;

import java.util.List;

/**
 * A customer return (reverse pickup): the carrier collects from the customer and delivers to the
 * merchant's warehouse.
 *
 * @param originalAwb the forward shipment's AWB, when the return belongs to one
 */
public record ReturnRequest(Address customer, Address warehouse,
                            List<Parcel> parcels, String service, String reference,
                            String originalAwb, String reason, CustomsDeclaration customs) {

    public ReturnRequest {
        parcels = List.copyOf(parcels);
    }
}
