package io.shipgate.carrier.ups;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.model.Address;

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
    public static ObjectNode party(Address address, String fallbackName) {
        ObjectNode party = UpsJson.object();
        String company = address.company();
        String person = address.name();
        party.put("Name", truncate(company != null && !company.isBlank() ? company : person != null && !person.isBlank() ? person : fallbackName));
        if (company != null && !company.isBlank() && person != null && !person.isBlank()) {
            party.put("AttentionName", truncate(person));
        }
        if (address.phone() != null && !address.phone().isBlank()) {
            party.putObject("Phone").put("Number", phoneDigits(address.phone()));
        }
        UpsJson.putIfPresent(party, "EMailAddress", address.email());
        party.set("Address", address(address));
        return party;
    }

    /** A party as Rating takes it: name and address, no contact details. */
    public static ObjectNode location(Address address, String fallbackName) {
        ObjectNode party = party(address, fallbackName);
        party.remove(java.util.List.of("Phone", "EMailAddress"));
        return party;
    }

    /** UPS's {@code Address}: street lines, city, state, postal code, country. */
    public static ObjectNode address(Address address) {
        ObjectNode node = UpsJson.object();
        ArrayNode lines = node.putArray("AddressLine");
        UpsJson.addIfPresent(lines, address.street1());
        UpsJson.addIfPresent(lines, address.street2());
        if (lines.isEmpty()) {
            lines.add(""); // a rate quote from a postal code has no street; UPS wants the element
        }
        UpsJson.putIfPresent(node, "City", address.city());
        UpsJson.putIfPresent(node, "StateProvinceCode", address.state());
        UpsJson.putIfPresent(node, "PostalCode", address.postalCode());
        node.put("CountryCode", address.country());
        return node;
    }

    /** The digits of a phone number, as UPS validates them (the leading + and separators dropped). */
    public static String phoneDigits(String phone) {
        return phone.replaceAll("[^0-9]", "");
    }

    private static String truncate(String value) {
        return value.length() <= NAME_LENGTH ? value : value.substring(0, NAME_LENGTH);
    }
}
