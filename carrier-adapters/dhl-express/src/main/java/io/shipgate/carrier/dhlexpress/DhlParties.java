package io.shipgate.carrier.dhlexpress;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.shipgate.carrier.model.Address;

import java.util.List;

/**
 * The parties and accounts of MyDHL's requests, named as MyDHL names them, and their conversion
 * from universal addresses; rates, shipments, returns and pickups all send them. Addresses and
 * contacts hold personal data: their {@code toString} masks it.
 */
public final class DhlParties {

    /** Account roles in {@code accounts[].typeCode}. */
    public static final String SHIPPER = "shipper";
    public static final String DUTIES_TAXES = "duties-taxes";

    private DhlParties() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Account(String typeCode, String number) {

        public static List<Account> shipper(String number) {
            return List.of(new Account(SHIPPER, number));
        }
    }

    /**
     * A postal address. The rate and address services take it flat as the party; shipments and
     * pickups nest it in a {@link Party}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PostalAddress(String postalCode, String cityName, String countryCode, String provinceCode,
                                String addressLine1, String addressLine2) {

        public static PostalAddress of(Address address) {
            return new PostalAddress(address.postalCode(), address.city(), address.country(), address.state(),
                    address.street1(), address.street2());
        }

        @Override
        public String toString() {
            return "PostalAddress[cityName=" + cityName + ", postalCode=" + postalCode + ", countryCode=" + countryCode
                    + ", personal data masked]";
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contact(String email, String phone, String companyName, String fullName) {

        @Override
        public String toString() {
            return "Contact[personal data masked]";
        }
    }

    /** A tax or customs registration number of a party ({@code VAT}, {@code EOR}, {@code SDT}...). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RegistrationNumber(String typeCode, String number, String issuerCountryCode) {
    }

    /** A party to a shipment or pickup: shipper, receiver, importer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Party(PostalAddress postalAddress, Contact contactInformation, String typeCode,
                        List<RegistrationNumber> registrationNumbers) {

        /**
         * A party from a universal address. MyDHL requires a name, a phone and a company name; a
         * private person's company name is their name.
         *
         * @param field the universal request field the address is, named in errors ({@code recipient})
         */
        public static Party of(Address address, String field, List<RegistrationNumber> registrationNumbers) {
            requireText(address.name(), field + ".name", "a contact name");
            requireText(address.phone(), field + ".phone", "a phone number");
            String company = address.company() == null || address.company().isBlank() ? address.name() : address.company();
            return new Party(PostalAddress.of(address), new Contact(address.email(), address.phone(), company, address.name()),
                    address.residentialOrFalse() ? "private" : "business",
                    registrationNumbers == null || registrationNumbers.isEmpty() ? null : List.copyOf(registrationNumbers));
        }
    }

    /** MyDHL needs the city of every address, for a rate too. */
    public static void requireCity(Address address, String field) {
        requireText(address.city(), field + ".city", "the city");
    }

    private static void requireText(String value, String field, String what) {
        if (value == null || value.isBlank()) {
            throw DhlErrors.missingField(field, "DHL Express needs " + what + " (" + field + ")");
        }
    }
}
