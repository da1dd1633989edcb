package io.shipgate.carrier.ups.address;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.AddressValidation;
import io.shipgate.carrier.ups.UpsJson;

import java.util.ArrayList;
import java.util.List;

/**
 * UPS Address Validation, street level, with classification (request option 3): the address as
 * {@code AddressKeyFormat}, the answer's indicators to a verdict, its candidates to addresses
 * (with the contact of the address asked about), and the classification to residential or not.
 */
public final class UpsAddressValidationMapper {

    /** {@code AddressClassification.Code}: 1 commercial, 2 residential (0 unclassified). */
    private static final String COMMERCIAL = "1";
    private static final String RESIDENTIAL = "2";

    private UpsAddressValidationMapper() {
    }

    public static ObjectNode request(Address address) {
        ObjectNode root = UpsJson.object();
        ObjectNode key = root.putObject("XAVRequest").putObject("AddressKeyFormat");
        UpsJson.putIfPresent(key, "ConsigneeName", address.company() != null ? address.company() : address.name());
        ArrayNode lines = key.putArray("AddressLine");
        UpsJson.addIfPresent(lines, address.street1());
        UpsJson.addIfPresent(lines, address.street2());
        UpsJson.putIfPresent(key, "PoliticalDivision2", address.city());
        UpsJson.putIfPresent(key, "PoliticalDivision1", address.state());
        String postal = address.postalCode();
        if (postal != null && postal.matches("\\d{5}-\\d{4}")) {
            key.put("PostcodePrimaryLow", postal.substring(0, 5));
            key.put("PostcodeExtendedLow", postal.substring(6));
        } else {
            UpsJson.putIfPresent(key, "PostcodePrimaryLow", postal);
        }
        key.put("CountryCode", address.country());
        return root;
    }

    public static AddressValidation parse(Address asked, JsonNode answer) {
        JsonNode xav = answer.path("XAVResponse");
        List<Address> candidates = new ArrayList<>();
        Boolean residential = residential(xav.path("AddressClassification"));
        for (JsonNode candidate : UpsJson.list(xav.path("Candidate"))) {
            candidates.add(address(asked, candidate.path("AddressKeyFormat"), residential(candidate.path("AddressClassification"))));
        }
        AddressValidation.Verdict verdict = xav.has("ValidAddressIndicator") ? AddressValidation.Verdict.VALID
                : xav.has("AmbiguousAddressIndicator") ? AddressValidation.Verdict.AMBIGUOUS
                : AddressValidation.Verdict.INVALID;
        if (residential == null && verdict == AddressValidation.Verdict.VALID && !candidates.isEmpty()) {
            residential = candidates.getFirst().residential();
        }
        List<String> messages = UpsJson.list(xav.path("Response").path("Alert")).stream()
                .map(a -> UpsJson.text(a, "Description")).filter(java.util.Objects::nonNull).toList();
        return new AddressValidation(verdict, residential, candidates, messages);
    }

    private static Boolean residential(JsonNode classification) {
        String code = UpsJson.text(classification, "Code");
        return RESIDENTIAL.equals(code) ? Boolean.TRUE : COMMERCIAL.equals(code) ? Boolean.FALSE : null;
    }

    private static Address address(Address asked, JsonNode key, Boolean residential) {
        List<String> lines = UpsJson.list(key.path("AddressLine")).stream().map(JsonNode::asText).toList();
        String postal = UpsJson.text(key, "PostcodePrimaryLow");
        String extended = UpsJson.text(key, "PostcodeExtendedLow");
        return new Address(asked.name(), asked.company(), asked.phone(), asked.email(),
                lines.isEmpty() ? null : lines.getFirst(), lines.size() > 1 ? String.join(", ", lines.subList(1, lines.size())) : null,
                UpsJson.text(key, "PoliticalDivision2"), UpsJson.text(key, "PoliticalDivision1"),
                postal != null && extended != null ? postal + "-" + extended : postal,
                UpsJson.text(key, "CountryCode"), residential);
    }
}
