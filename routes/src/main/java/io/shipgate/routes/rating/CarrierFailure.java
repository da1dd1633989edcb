package io.shipgate.routes.rating;

import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;

import java.util.UUID;

/** A carrier account that gave no quotes, and why, in words safe to show a merchant. */
public record CarrierFailure(UUID carrierAccountId, String carrier, CarrierErrorCategory category, String code,
                             String message, boolean retryable) {

    static CarrierFailure of(UUID accountId, String carrier, Throwable error) {
        if (error instanceof CarrierException ce) {
            return new CarrierFailure(accountId, carrier, ce.category(), ce.carrierCode(), ce.getMessage(), ce.retryable());
        }
        // not the carrier's words: an adapter bug must not leak its internals to the merchant
        return new CarrierFailure(accountId, carrier, CarrierErrorCategory.UNKNOWN, null,
                "the " + carrier + " adapter failed unexpectedly; see the gateway log", false);
    }
}
