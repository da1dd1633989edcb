package io.shipgate.carrier.model;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where a tracking event happened (a facility or city, not a street address). */
public record EventLocation(String city, String state, String postalCode, String country) {

    /** "City, ST, CC" with the parts the carrier gave. */
    public String describe() {
        return Stream.of(city, state, country).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
    }
}
