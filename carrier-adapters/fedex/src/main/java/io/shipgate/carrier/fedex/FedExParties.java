package io.shipgate.carrier.fedex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.shipgate.carrier.model.Address;

import java.util.ArrayList;
import java.util.List;

/**
 * FedEx's shapes for the parties several operations name (address, contact, account number) and
 * the conversions at the edge: street lines from the universal address, phone numbers as digits.
 */
public final class FedExParties {

    private FedExParties() {
    }

    /** {@code {"streetLines", "city", "stateOrProvinceCode", "postalCode", "countryCode", "residential"}} with the parts given. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WireAddress(List<String> streetLines, String city, String stateOrProvinceCode, String postalCode, String countryCode,
                              Boolean residential) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contact(String personName, String companyName, String phoneNumber, String emailAddress) {
    }

    /** {@code {"address", "contact"}}: a shipper, recipient or pickup location with who to contact (contact optional). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Party(WireAddress address, Contact contact) {
    }

    /** {@code {"value": "123456789"}}, FedEx's account number object. */
    public record AccountNumber(String value) {
    }

    /** {@code {"paymentType", "payor": {"responsibleParty": {"accountNumber"}}}}: who pays shipping charges or duties. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Payment(String paymentType, Payor payor) {
    }

    public record Payor(ResponsibleParty responsibleParty) {
    }

    public record ResponsibleParty(AccountNumber accountNumber) {
    }

    /** The account pays: {@code {"paymentType": "SENDER", "payor": ...}} with the account's number. */
    public static Payment sender(FedExSettings settings) {
        return new Payment("SENDER", new Payor(new ResponsibleParty(account(settings))));
    }

    public static WireAddress address(Address address) {
        List<String> lines = new ArrayList<>();
        if (FedExValues.text(address.street1()) != null) {
            lines.add(address.street1());
        }
        if (FedExValues.text(address.street2()) != null) {
            lines.add(address.street2());
        }
        return new WireAddress(lines.isEmpty() ? null : lines, FedExValues.text(address.city()), FedExValues.text(address.state()),
                FedExValues.text(address.postalCode()), address.country(), address.residential());
    }

    public static Contact contact(Address address) {
        return new Contact(FedExValues.text(address.name()), FedExValues.text(address.company()), phone(address.phone(), address.country()),
                FedExValues.text(address.email()));
    }

    public static Party party(Address address) {
        return new Party(address(address), contact(address));
    }

    public static AccountNumber account(FedExSettings settings) {
        return new AccountNumber(settings.accountNumber());
    }

    /** The phone's digits; a North American number loses its leading country code 1 (FedEx wants 10 digits). */
    public static String phone(String phone, String country) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() == 11 && digits.startsWith("1") && ("US".equals(country) || "CA".equals(country))) {
            return digits.substring(1);
        }
        return digits.isEmpty() ? null : digits;
    }
}
