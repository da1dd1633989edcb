package io.shipgate.carrier.dhlexpress;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;

import java.math.BigDecimal;
import java.util.List;

/**
 * The MyDHL JSON shapes several operations share, named as MyDHL names them, and their conversion
 * from universal values. Addresses and contacts hold personal data: their {@code toString} masks it.
 */
public final class DhlWire {

    /** Account roles in {@code accounts[].typeCode}. */
    public static final String SHIPPER = "shipper";
    public static final String DUTIES_TAXES = "duties-taxes";
    /** Prices in the account's billing currency ({@code currencyType}), preferred over the pickup country's and DHL's base. */
    public static final String BILLING_CURRENCY = "BILLC";

    private DhlWire() {
    }

    public record Account(String typeCode, String number) {
    }

    /**
     * A postal address. The rate and address services take it flat as the party; shipments and
     * pickups nest it in a {@link Party}.
     */
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

    public record Contact(String email, String phone, String companyName, String fullName) {

        @Override
        public String toString() {
            return "Contact[personal data masked]";
        }
    }

    /** A tax or customs registration number of a party ({@code VAT}, {@code EOR}, {@code SDT}...). */
    public record RegistrationNumber(String typeCode, String number, String issuerCountryCode) {
    }

    /** A party to a shipment or pickup: shipper, receiver, importer. */
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

    public record Dimensions(int length, int width, int height) {
    }

    /** A customer reference: {@code CU} is the shipper's own reference. */
    public record Reference(String value, String typeCode) {

        public static List<Reference> customer(String reference) {
            return reference == null || reference.isBlank() ? null : List.of(new Reference(reference, "CU"));
        }
    }

    public record Package(BigDecimal weight, Dimensions dimensions, List<Reference> customerReferences, String description) {

        public static List<Package> of(List<Parcel> parcels, DhlUnits units, String reference) {
            return parcels.stream().map(p -> new Package(units.weight(p.weight()), units.dimensions(p.dimensions()),
                    Reference.customer(reference), p.description())).toList();
        }
    }

    /** A value-added service: {@code II} insurance with its value, {@code DD} duties paid, {@code WY} paperless trade... */
    public record ValueAddedService(String serviceCode, BigDecimal value, String currency) {

        public static ValueAddedService of(String serviceCode) {
            return new ValueAddedService(serviceCode, null, null);
        }

        public static ValueAddedService insurance(Money declaredValue) {
            return new ValueAddedService(DhlServices.INSURANCE, declaredValue.rounded().amount(), declaredValue.currency());
        }
    }

    /** A document MyDHL returns (label, waybill, commercial invoice...), its content in base64. */
    public record Document(String imageFormat, String content, String typeCode, Integer packageReferenceNumber) {

        @Override
        public String toString() {
            return "Document[" + typeCode + ", " + imageFormat + ", package " + packageReferenceNumber + "]";
        }
    }

    /** MyDHL needs the city of every address, for a rate too. */
    public static void requireCity(Address address, String field) {
        requireText(address.city(), field + ".city", "the city");
    }

    /** An option DHL Express does not offer through the MyDHL API. */
    public static CarrierException notOffered(String field, String what) {
        return new CarrierException(CarrierErrorCategory.NOT_SERVICEABLE, DhlExpressCarrier.CODE, "OPTION_NOT_OFFERED",
                "DHL Express does not offer " + what + " through the MyDHL API", false, null, field, null);
    }

    static void requireText(String value, String field, String what) {
        if (value == null || value.isBlank()) {
            throw new CarrierException(CarrierErrorCategory.INVALID_REQUEST, DhlExpressCarrier.CODE, "MISSING_FIELD",
                    "DHL Express needs " + what + " (" + field + ")", false, null, field, null);
        }
    }
}
