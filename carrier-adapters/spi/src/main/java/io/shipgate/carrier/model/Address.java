package io.shipgate.carrier.model;

/**
 * A postal address with its contact. A rate quote needs only country and postal code; buying a
 * label needs name, street and city too. Names, phones, emails and
 * street lines are personal data: never log them ({@link #toString()} masks them).
 */
public record Address(
        String name,
        String company,
        String phone,
        String email,
        String street1,
        String street2,
        String city,
        String state,
        String postalCode,
        String country,
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
