package io.shipgate.carrier.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What a carrier needs to quote: the lane, the parcels and the options that change the price. */
public record RateRequest(@NotNull @Valid Address shipper,
                          @NotNull @Valid Address recipient,
                          @NotEmpty @Size(max = Limits.MAX_PARCELS) @Valid List<Parcel> parcels,
                          @Valid ShipmentOptions options,
                          @Valid CustomsDeclaration customs) {

    public RateRequest {
        parcels = List.copyOf(parcels);
        options = options == null ? ShipmentOptions.NONE : options;
    }

    public boolean crossesBorder() {
        return !shipper.country().equals(recipient.country());
    }
}
