package io.shipgate.carrier.ups.address;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.shipgate.carrier.ups.UpsWire;

import java.util.List;

/** The JSON of UPS Address Validation ({@code POST /api/addressvalidation/{version}/3}), as UPS names it. */
public final class UpsAddressValidationWire {

    private UpsAddressValidationWire() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(@JsonProperty("XAVRequest") XavRequest xavRequest) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record XavRequest(AddressKeyFormat addressKeyFormat) {
    }

    /** An address: {@code PoliticalDivision2} the city, {@code PoliticalDivision1} the state, the ZIP in two parts. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record AddressKeyFormat(String consigneeName, List<String> addressLine, String politicalDivision2,
                                   String politicalDivision1, String postcodePrimaryLow, String postcodeExtendedLow,
                                   String countryCode) {

        @Override
        public String toString() {
            return "AddressKeyFormat[" + politicalDivision2 + ", " + countryCode + ", personal data masked]";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(@JsonProperty("XAVResponse") XavResponse xavResponse) {
    }

    /** The indicators are present (empty) or absent: valid, ambiguous (candidates), or neither (no candidates). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record XavResponse(UpsWire.ResponseHeader response, String validAddressIndicator, String ambiguousAddressIndicator,
                              UpsWire.CodeDescription addressClassification, List<Candidate> candidate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Candidate(UpsWire.CodeDescription addressClassification, AddressKeyFormat addressKeyFormat) {
    }
}
