package io.shipgate.routes.carrier;

import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.spi.CarrierCapabilities;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;

import java.util.Optional;

/**
 * Whether a carrier's declared features fit a request (cross-border, COD, several parcels),
 * checked before any call so a carrier is never asked for what it cannot do.
 */
public final class CarrierEligibility {

    private CarrierEligibility() {
    }

    /** The reason the carrier cannot take the request, as a NOT_SERVICEABLE error naming the field, or empty. */
    public static Optional<CarrierException> check(CarrierConnection carrier, RateRequest request) {
        CarrierCapabilities caps = carrier.adapter().descriptor().capabilities();
        if (request.crossesBorder() && !caps.international()) {
            return Optional.of(notServiceable(carrier, "does not ship across borders", "recipient.country"));
        }
        if (request.options().hasCod() && !caps.cashOnDelivery()) {
            return Optional.of(notServiceable(carrier, "does not collect cash on delivery", "options.cod"));
        }
        if (request.parcels().size() > 1 && !caps.multiPiece()) {
            return Optional.of(notServiceable(carrier, "takes one parcel per shipment", "parcels"));
        }
        return Optional.empty();
    }

    private static CarrierException notServiceable(CarrierConnection carrier, String reason, String field) {
        return new CarrierException(CarrierErrorCategory.NOT_SERVICEABLE, carrier.carrier(), null,
                carrier.carrier() + " " + reason, false, null, field, null);
    }
}
