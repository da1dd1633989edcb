package io.shipgate.carrier.ups;

import io.shipgate.carrier.model.Address;

import java.util.ArrayList;
import java.util.List;

/**
 * Universal addresses as UPS's Rating and Shipping APIs take them ({@code Name},
 * {@code AttentionName}, {@code Phone}, {@code Address} with {@code AddressLine} and codes).
 */
public final class UpsParties {

    /** UPS prints 35 characters of a name. */
    private static final int NAME_LENGTH = 35;

    private UpsParties() {
    }

    /**
     * A party ({@code Shipper}, {@code ShipTo}, {@code ShipFrom}): company as {@code Name} with the
     * person as {@code AttentionName}, or the person as {@code Name}.
     *
     * @param fallbackName the name when the address has none (rate quotes from a postal code)
     */
    public static UpsWire.Party party(Address address, String fallbackName) {
        String company = UpsWire.text(address.company());
        String person = UpsWire.text(address.name());
        String name = truncate(company != null ? company : person != null ? person : fallbackName);
        String attention = company != null && person != null ? truncate(person) : null;
        UpsWire.Phone phone = UpsWire.text(address.phone()) == null ? null : new UpsWire.Phone(phoneDigits(address.phone()));
        return new UpsWire.Party(name, attention, phone, UpsWire.text(address.email()), address(address), null);
    }

    /** A party as Rating takes it: name and address, no contact details. */
    public static UpsWire.Party location(Address address, String fallbackName) {
        UpsWire.Party party = party(address, fallbackName);
        return new UpsWire.Party(party.name(), party.attentionName(), null, null, party.address(), null);
    }

    /** UPS's {@code Address}: street lines, city, state, postal code, country. */
    public static UpsWire.Address address(Address address) {
        List<String> lines = new ArrayList<>();
        addIfPresent(lines, address.street1());
        addIfPresent(lines, address.street2());
        if (lines.isEmpty()) {
            lines.add(""); // a rate quote from a postal code has no street; UPS wants the element
        }
        return new UpsWire.Address(lines, UpsWire.text(address.city()), UpsWire.text(address.state()),
                UpsWire.text(address.postalCode()), address.country(), null);
    }

    /** The digits of a phone number, as UPS validates them (the leading + and separators dropped). */
    public static String phoneDigits(String phone) {
        return phone.replaceAll("[^0-9]", "");
    }

    private static void addIfPresent(List<String> lines, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(value);
        }
    }

    private static String truncate(String value) {
        return value.length() <= NAME_LENGTH ? value : value.substring(0, NAME_LENGTH);
    }
}
