package io.shipgate.carrier.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A customer return (reverse pickup): the carrier collects from the customer and delivers to the
 * merchant's warehouse.
 *
 * @param originalAwb the forward shipment's AWB, when the return belongs to one
 */
public record ReturnRequest(@NotNull @Valid Address customer, @NotNull @Valid Address warehouse,
                            @NotEmpty @Valid List<Parcel> parcels, String service, @Size(max = 60) String reference,
                            String originalAwb, @Size(max = 200) String reason, @Valid CustomsDeclaration customs) {

    public ReturnRequest {
        parcels = List.copyOf(parcels);
    }
}
