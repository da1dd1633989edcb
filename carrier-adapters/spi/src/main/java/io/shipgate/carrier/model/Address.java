package io.shipgate.carrier.model;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A postal address with its contact. A rate quote needs only country and postal code; buying a
 * label needs name, street and city too ({@link Validation.Purchase}). Names, phones, emails and
 * street lines are personal data: never log them ({@link #toString()} masks them).
 */
public record Address(
        @NotBlank(groups = Validation.Purchase.class) @Size(max = 100) String name,
        @Size(max = 100) String company,
        @Size(max = 30) String phone,
        @Email @Size(max = 120) String email,
        @NotBlank(groups = Validation.Purchase.class) @Size(max = 120) String street1,
        @Size(max = 120) String street2,
        @NotBlank(groups = Validation.Purchase.class) @Size(max = 80) String city,
        @Size(max = 60) String state,
        @Size(max = 20) String postalCode,
        @NotNull @CountryCode String country,
        Boolean residential) {

    /** A country and postal code only, as a rate quote or serviceability check may give it. */
    public static Address location(String postalCode, String country) {
        return new Address(null, null, null, null, null, null, null, null, postalCode, country, null);
    }

    /** Whether the address is residential; false when unknown. Not a bean getter, so it stays out of JSON. */
    public boolean residentialOrFalse() {
        return Boolean.TRUE.equals(residential);
    }

    public Address withPhone(String newPhone) {
        return new Address(name, company, newPhone, email, street1, street2, city, state, postalCode, country, residential);
    }

    @Override
    public String toString() {
        return "Address[city=" + city + ", state=" + state + ", postalCode=" + postalCode + ", country=" + country + ", personal data masked]";
    }
}
