package io.shipgate.routes.rating;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.shipgate.carrier.model.RateQuote;

import java.util.UUID;

/** A carrier's quote and the tenant's account it came from (pass that account back to buy it). */
public record AccountRateQuote(UUID carrierAccountId, @JsonUnwrapped RateQuote quote) {
}
