package io.shipgate.carrier.model;

import java.util.List;

/**
 * The carrier's verdict on an address.
 *
 * @param residential whether the carrier classifies it as residential; null when unknown
 * @param candidates  the carrier's corrected or alternative addresses, best first
 * @param messages    the carrier's remarks
 */
public record AddressValidation(Verdict verdict, Boolean residential, List<Address> candidates, List<String> messages) {

    public enum Verdict {
        /** The address exists as given (or with cosmetic corrections in the first candidate). */
        VALID,
        /** Several addresses match; pick one of the candidates. */
        AMBIGUOUS,
        /** No such address. */
        INVALID
    }

    public AddressValidation {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        messages = messages == null ? List.of() : List.copyOf(messages);
    }
}
