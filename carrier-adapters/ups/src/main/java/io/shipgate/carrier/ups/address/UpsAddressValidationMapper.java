package io.shipgate.carrier.ups.address;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.AddressValidation;
import io.shipgate.carrier.ups.UpsErrors;
import io.shipgate.carrier.ups.UpsWire;

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

    public static UpsAddressValidationWire.Request request(Address address) {
        List<String> lines = new ArrayList<>();
        for (String line : new String[]{address.street1(), address.street2()}) {
            if (UpsWire.text(line) != null) {
                lines.add(line);
            }
        }
        String postal = UpsWire.text(address.postalCode());
        boolean zipPlus4 = postal != null && postal.matches("\\d{5}-\\d{4}");
        return new UpsAddressValidationWire.Request(new UpsAddressValidationWire.XavRequest(new UpsAddressValidationWire.AddressKeyFormat(
                UpsWire.text(address.company() != null ? address.company() : address.name()), lines, UpsWire.text(address.city()),
                UpsWire.text(address.state()), zipPlus4 ? postal.substring(0, 5) : postal, zipPlus4 ? postal.substring(6) : null,
                address.country())));
    }

    public static AddressValidation parse(Address asked, byte[] body) {
        UpsAddressValidationWire.XavResponse xav = UpsWire.read(body, UpsAddressValidationWire.Response.class).xavResponse();
        if (xav == null) {
            throw UpsErrors.unexpected("NO_XAV_RESPONSE", "UPS answered the address validation without a result");
        }
        List<Address> candidates = new ArrayList<>();
        Boolean residential = residential(xav.addressClassification());
        for (UpsAddressValidationWire.Candidate candidate : UpsWire.list(xav.candidate())) {
            if (candidate.addressKeyFormat() != null) {
                candidates.add(address(asked, candidate.addressKeyFormat(), residential(candidate.addressClassification())));
            }
        }
        AddressValidation.Verdict verdict = xav.validAddressIndicator() != null ? AddressValidation.Verdict.VALID
                : xav.ambiguousAddressIndicator() != null ? AddressValidation.Verdict.AMBIGUOUS
                : AddressValidation.Verdict.INVALID;
        if (residential == null && verdict == AddressValidation.Verdict.VALID && !candidates.isEmpty()) {
            residential = candidates.getFirst().residential();
        }
        List<String> messages = UpsWire.list(xav.response() == null ? null : xav.response().alert()).stream()
                .map(a -> UpsWire.CodeDescription.description(a)).filter(java.util.Objects::nonNull).toList();
        return new AddressValidation(verdict, residential, candidates, messages);
    }

    private static Boolean residential(UpsWire.CodeDescription classification) {
        String code = UpsWire.CodeDescription.code(classification);
        return RESIDENTIAL.equals(code) ? Boolean.TRUE : COMMERCIAL.equals(code) ? Boolean.FALSE : null;
    }

    private static Address address(Address asked, UpsAddressValidationWire.AddressKeyFormat key, Boolean residential) {
        List<String> lines = UpsWire.list(key.addressLine());
        String postal = UpsWire.text(key.postcodePrimaryLow());
        String extended = UpsWire.text(key.postcodeExtendedLow());
        return new Address(asked.name(), asked.company(), asked.phone(), asked.email(),
                lines.isEmpty() ? null : lines.getFirst(), lines.size() > 1 ? String.join(", ", lines.subList(1, lines.size())) : null,
                UpsWire.text(key.politicalDivision2()), UpsWire.text(key.politicalDivision1()),
                postal != null && extended != null ? postal + "-" + extended : postal,
                UpsWire.text(key.countryCode()), residential);
    }
}
