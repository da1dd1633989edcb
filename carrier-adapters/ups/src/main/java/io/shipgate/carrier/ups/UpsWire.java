package io.shipgate.carrier.ups;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.spi.CarrierJson;

import java.io.IOException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The JSON shapes UPS's Rating, Shipping and Pickup APIs share, named as UPS names them
 * (PascalCase): parties, addresses, packages, amounts, codes. Requests leave out nulls; answers
 * ignore fields these records do not name. UPS sends a single object where a list is expected in
 * older versions: {@link #read} accepts both.
 */
public final class UpsWire {

    private static final ObjectReader READER = CarrierJson.mapper().reader()
            .with(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

    private UpsWire() {
    }

    /** Reads an answer of UPS as {@code type}; one that is not that JSON is the carrier's error. */
    public static <T> T read(byte[] body, Class<T> type) {
        try {
            T value = READER.forType(type).readValue(body == null ? new byte[0] : body);
            if (value == null) {
                throw UpsErrors.unparseable(null);
            }
            return value;
        } catch (IOException e) {
            throw UpsErrors.unparseable(e);
        }
    }

    /** A list UPS answered, never null, without null elements (an answer may leave a list out or null an element). */
    public static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
    }

    /** A blank text as null. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A whole number UPS sends as text or number; null when absent or not a number. */
    public static Integer integer(String value) {
        try {
            return text(value) == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** UPS's {@code {"Code":..,"Description":..}}, the shape of services, units, statuses, formats. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record CodeDescription(String code, String description) {

        public static CodeDescription of(String code) {
            return new CodeDescription(code, null);
        }

        /** The code of a possibly absent element. */
        public static String code(CodeDescription value) {
            return value == null ? null : text(value.code());
        }

        /** The description of a possibly absent element. */
        public static String description(CodeDescription value) {
            return value == null ? null : text(value.description());
        }
    }

    /** An amount, {@code {"CurrencyCode":"USD","MonetaryValue":"12.30"}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Amount(String currencyCode, String monetaryValue) {

        public static Amount of(Money money) {
            return new Amount(money.currency(), money.amount().toPlainString());
        }

        /** The amount as money; null when it is absent, not a number, or has no currency. */
        public static Money money(Amount amount) {
            if (amount == null || text(amount.monetaryValue()) == null || text(amount.currencyCode()) == null) {
                return null;
            }
            try {
                return new Money(new BigDecimal(amount.monetaryValue().strip()), amount.currencyCode().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Phone(String number) {
    }

    /** A street address of Rating and Shipping. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Address(List<String> addressLine, String city, String stateProvinceCode, String postalCode,
                          String countryCode, String residentialAddressIndicator) {

        public Address residential(String indicator) {
            return new Address(addressLine, city, stateProvinceCode, postalCode, countryCode, indicator);
        }

        @Override
        public String toString() {
            return "Address[city=" + city + ", postalCode=" + postalCode + ", countryCode=" + countryCode + ", street masked]";
        }
    }

    /** A party: {@code Shipper} (with its number), {@code ShipTo}, {@code ShipFrom}, {@code SoldTo}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Party(String name, String attentionName, Phone phone, @JsonProperty("EMailAddress") String emailAddress,
                        Address address, String shipperNumber) {

        public Party withShipperNumber(String number) {
            return new Party(name, attentionName, phone, emailAddress, address, number);
        }

        public Party withAddress(Address changed) {
            return new Party(name, attentionName, phone, emailAddress, changed, shipperNumber);
        }

        public Party withoutEmail() {
            return new Party(name, attentionName, phone, null, address, shipperNumber);
        }

        public Party withAttentionName(String attention) {
            return new Party(name, attention, phone, emailAddress, address, shipperNumber);
        }

        @Override
        public String toString() {
            return "Party[" + address + ", personal data masked]";
        }
    }

    /** A weight: unit and value as text ("4.0"). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Weight(CodeDescription unitOfMeasurement, String weight) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Dimensions(CodeDescription unitOfMeasurement, String length, String width, String height) {
    }

    /** Signature on delivery: {@code DCISType} 1/2 (signature), 2/3 (adult), per shipment or package. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeliveryConfirmation(@JsonProperty("DCISType") String dcisType) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record PackageServiceOptions(Amount declaredValue, DeliveryConfirmation deliveryConfirmation) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record ReferenceNumber(String value) {
    }

    /**
     * A package. Rating names its packaging {@code PackagingType}, Shipping {@code Packaging}: one
     * of the two is set.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Package(String description, CodeDescription packagingType, CodeDescription packaging, Dimensions dimensions,
                          Weight packageWeight, PackageServiceOptions packageServiceOptions,
                          List<ReferenceNumber> referenceNumber) {

        public Package withReference(String reference) {
            return new Package(description, packagingType, packaging, dimensions, packageWeight, packageServiceOptions,
                    List.of(new ReferenceNumber(reference)));
        }

        public Package withDeliveryConfirmation(String dcisType) {
            Amount declared = packageServiceOptions == null ? null : packageServiceOptions.declaredValue();
            return new Package(description, packagingType, packaging, dimensions, packageWeight,
                    new PackageServiceOptions(declared, new DeliveryConfirmation(dcisType)), referenceNumber);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record BillShipper(String accountNumber) {
    }

    /** A charge and who pays it: {@code Type} 01 transportation, 02 duties and taxes. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record ShipmentCharge(String type, BillShipper billShipper) {

        public static ShipmentCharge billShipper(String type, String accountNumber) {
            return new ShipmentCharge(type, new BillShipper(accountNumber));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record TransactionReference(String customerContext) {
    }

    /** {@code ShipmentRatingOptions}: {@code NegotiatedRatesIndicator} "Y" asks for the account's contract rates. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record ShipmentRatingOptions(String negotiatedRatesIndicator) {
    }

    /** The {@code Response} of every answer: its status and alerts (warnings next to a success). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record ResponseHeader(CodeDescription responseStatus, List<CodeDescription> alert) {
    }
}
