package io.shipgate.carrier.model;

import java.util.List;

/**
 * A label purchase: the lane, the parcels, which service and the options. A cross-border
 * shipment (shipper and recipient in different countries) carries a customs declaration.
 *
 * @param service      the carrier's service code from a rate quote; when absent the adapter picks
 *                     its service for {@code serviceLevel}
 * @param serviceLevel the universal service level; STANDARD when neither is given
 * @param reference    the merchant's own reference (order number), printed on the label
 */
public record ShipmentRequest(String service,
                              ServiceLevel serviceLevel,
                              Address shipper,
                              Address recipient,
                              List<Parcel> parcels,
                              String reference,
                              ShipmentOptions options,
                              CustomsDeclaration customs) {

    public ShipmentRequest {
        parcels = List.copyOf(parcels);
        serviceLevel = serviceLevel == null && service == null ? ServiceLevel.STANDARD : serviceLevel;
        options = options == null ? ShipmentOptions.NONE : options;
    }

    public boolean crossesBorder() {
        return !shipper.country().equals(recipient.country());
    }

    public Weight totalWeight() {
        return parcels.stream().map(Parcel::weight).reduce(Weight::plus).orElseThrow();
    }

    /** The same shipment as a rate request, e.g. to quote it before buying. */
    public RateRequest toRateRequest() {
        return new RateRequest(shipper, recipient, parcels, options, customs);
    }
}
