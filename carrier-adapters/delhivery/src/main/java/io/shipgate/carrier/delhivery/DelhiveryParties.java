package io.shipgate.carrier.delhivery;

import io.shipgate.carrier.model.Address;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Addresses as Delhivery takes them: one address line ({@code add}), a six-digit pincode, a
 * ten-digit Indian mobile number, and India as the only country.
 */
public final class DelhiveryParties {

    private static final Pattern PINCODE = Pattern.compile("[1-9]\\d{5}");
    public static final String INDIA = "India";

    private DelhiveryParties() {
    }

    /**
     * The pincode of an address in India.
     *
     * @param field the universal field of the address ({@code recipient}, {@code customer}...), named in errors
     */
    public static String pincode(Address address, String field) {
        if (!"IN".equals(address.country())) {
            throw DelhiveryErrors.notServiceable("DOMESTIC_ONLY", "Delhivery serves addresses in India only, not "
                    + address.country(), field + ".country");
        }
        String pin = address.postalCode() == null ? "" : address.postalCode().replaceAll("\\s", "");
        if (!PINCODE.matcher(pin).matches()) {
            throw DelhiveryErrors.invalid("INVALID_PINCODE", "an Indian pincode has six digits and does not start with 0",
                    field + ".postalCode");
        }
        return pin;
    }

    /** The street lines as Delhivery's single address field. */
    public static String addressLine(Address address) {
        return Stream.of(address.company(), address.street1(), address.street2())
                .filter(s -> s != null && !s.isBlank()).map(String::strip).collect(Collectors.joining(", "));
    }

    /**
     * A phone number as the ten digits of an Indian mobile number: {@code +91 98765 43210},
     * {@code 09876543210} and {@code 9876543210} are all {@code 9876543210}.
     *
     * @param field the universal field of the phone, named when it is missing
     */
    public static String phone(String phone, String field) {
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        if (digits.length() == 12 && digits.startsWith("91")) {
            digits = digits.substring(2);
        } else if (digits.length() == 11 && digits.startsWith("0")) {
            digits = digits.substring(1);
        }
        if (digits.length() != 10) {
            throw DelhiveryErrors.invalid("INVALID_PHONE", "Delhivery needs a ten-digit Indian phone number (the courier calls it)", field);
        }
        return digits;
    }
}
