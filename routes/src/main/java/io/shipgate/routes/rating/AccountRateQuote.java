package io.shipgate.routes.rating;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.shipgate.carrier.model.RateQuote;

import java.util.UUID;

/**
 * A quote and the tenant's account it came from (pass that account back to buy it).
 *
 * @param rateCardVersion the version of the account's rate card that priced it (the gateway's rate cards, without a
 *                        carrier call); null for the carrier's live quote
 */
public record AccountRateQuote(UUID carrierAccountId, @JsonUnwrapped RateQuote quote, Integer rateCardVersion) {

    /** The carrier's live quote. */
    public AccountRateQuote(UUID carrierAccountId, RateQuote quote) {
        this(carrierAccountId, quote, null);
    }
}
