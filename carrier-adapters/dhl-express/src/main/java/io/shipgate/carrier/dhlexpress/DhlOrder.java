package io.shipgate.carrier.dhlexpress;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.ContentType;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.ShipmentOptions;
import io.shipgate.carrier.model.ShipmentRequest;

import java.util.List;

/**
 * One label purchase through MyDHL's {@code POST /shipments}, forward or return, in the terms both
 * share: the shipment mapper books it, the return mapper makes one of a return request.
 *
 * @param shipperField   the universal request's name of the shipper (errors name its fields)
 * @param recipientField the universal request's name of the recipient
 * @param accountNumber  the DHL account the label is booked under
 */
public record DhlOrder(Address shipper, String shipperField, Address recipient, String recipientField, List<Parcel> parcels,
                       String service, ServiceLevel serviceLevel, String reference, ShipmentOptions options,
                       CustomsDeclaration customs, String accountNumber) {

    public static DhlOrder of(ShipmentRequest request, DhlSettings settings) {
        return new DhlOrder(request.shipper(), "shipper", request.recipient(), "recipient", request.parcels(), request.service(),
                request.serviceLevel() == null ? ServiceLevel.STANDARD : request.serviceLevel(), request.reference(),
                request.options(), request.customs(), settings.accountNumber());
    }

    public boolean crossBorder() {
        return !shipper.country().equals(recipient.country());
    }

    public boolean documentsOnly() {
        return customs != null && customs.contentType() == ContentType.DOCUMENTS;
    }

    /** The product the label is booked with: the service code from a quote, else the product of its service level. */
    public String productCode() {
        return service != null && !service.isBlank() ? service.strip()
                : DhlProducts.forLevel(serviceLevel, crossBorder(), documentsOnly());
    }
}
