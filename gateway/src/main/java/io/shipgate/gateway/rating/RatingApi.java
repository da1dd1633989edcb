package io.shipgate.gateway.rating;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.Limits;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.ShipmentOptions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** The rate-shopping resource of the REST API. */
public final class RatingApi {

    private RatingApi() {
    }

    /**
     * Quote a shipment across carriers. Addresses need only country and postal code.
     *
     * @param carrierAccountIds the accounts to ask; all the tenant's enabled accounts when absent
     */
    public record Request(@Size(max = 50) List<UUID> carrierAccountIds,
                          @NotNull @Valid Address shipper,
                          @NotNull @Valid Address recipient,
                          @NotEmpty @Size(max = Limits.MAX_PARCELS) @Valid List<Parcel> parcels,
                          @Valid ShipmentOptions options,
                          @Valid CustomsDeclaration customs) {

        RateRequest toRateRequest() {
            return new RateRequest(shipper, recipient, parcels, options, customs);
        }
    }
}
