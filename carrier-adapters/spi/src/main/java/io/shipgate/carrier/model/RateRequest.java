package io.shipgate.carrier.model;

import java.util.List;

/** What a carrier needs to quote: the lane, the parcels and the options that change the price. */
public record RateRequest(Address shipper,
                          Address recipient,
                          List<Parcel> parcels,
                          ShipmentOptions options,
                          CustomsDeclaration customs) {

    public RateRequest {
        parcels = List.copyOf(parcels);
        options = options == null ? ShipmentOptions.NONE : options;
    }

    public boolean crossesBorder() {
        return !shipper.country().equals(recipient.country());
    }
}
