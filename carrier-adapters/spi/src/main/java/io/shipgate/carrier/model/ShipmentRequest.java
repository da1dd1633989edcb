package io.shipgate.carrier.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
public record ShipmentRequest(@Size(max = 60) String service,
                              ServiceLevel serviceLevel,
                              @NotNull @Valid Address shipper,
                              @NotNull @Valid Address recipient,
                              @NotEmpty @Size(max = Limits.MAX_PARCELS) @Valid List<Parcel> parcels,
                              @Size(max = 60) String reference,
                              @Valid ShipmentOptions options,
                              @Valid CustomsDeclaration customs) {

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
