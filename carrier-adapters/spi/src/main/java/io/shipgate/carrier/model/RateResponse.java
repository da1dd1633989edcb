package io.shipgate.carrier.model;

import java.util.List;

/**
 * One carrier's answer to a rate request: the quotes it gave and, beside them, what it said about
 * services it could not quote or about the quotes (warnings). An answer with no quotes and only
 * messages is a valid answer; a failed call is a {@link io.shipgate.carrier.spi.CarrierException}.
 */
public record RateResponse(List<RateQuote> quotes, List<CarrierMessage> messages) {

    public RateResponse {
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    public static RateResponse of(List<RateQuote> quotes) {
        return new RateResponse(quotes, List.of());
    }
}
