package io.shipgate.carrier.ups;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.SignatureOption;

import java.util.List;

/**
 * A label purchase in UPS Shipping's terms, forward or return: who pays ({@code shipper}), where
 * from, where to, what. A forward shipment and a return are both a Shipping {@code ShipmentRequest};
 * the return's folder says how a return is one, the shipment's folder writes the request.
 *
 * @param returnService UPS's {@code ReturnService} code (9, Print Return Label), null for a forward shipment
 * @param description   the shipment's description when customs give none ("Customer return"), or null
 */
public record UpsShipmentDraft(Address shipper, Address from, Address to, List<Parcel> parcels, String service, String reference,
                               Money declaredValue, SignatureOption signature, CustomsDeclaration customs,
                               java.time.LocalDate shipDate, LabelFormat labelFormat, String returnService, String description) {

    public boolean crossesBorder() {
        return !from.country().equals(to.country());
    }

    public boolean isReturn() {
        return returnService != null;
    }
}
