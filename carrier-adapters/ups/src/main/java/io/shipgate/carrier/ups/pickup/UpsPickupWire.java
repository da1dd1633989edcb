package io.shipgate.carrier.ups.pickup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.shipgate.carrier.ups.UpsWire;

import java.util.List;

/** The JSON of UPS Pickup ({@code POST /api/pickupcreation/{version}/pickup}), as UPS names it. */
public final class UpsPickupWire {

    private UpsPickupWire() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Request(PickupCreationRequest pickupCreationRequest) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record PickupCreationRequest(String ratePickupIndicator, Shipper shipper, PickupDateInfo pickupDateInfo,
                                        PickupAddress pickupAddress, String alternateAddressIndicator, List<PickupPiece> pickupPiece,
                                        TotalWeight totalWeight, String overweightIndicator, String paymentMethod,
                                        String specialInstruction) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Shipper(Account account) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Account(String accountNumber, String accountCountryCode) {
    }

    /** Times {@code HHmm}, the date {@code yyyyMMdd}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record PickupDateInfo(String closeTime, String readyTime, String pickupDate) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record PickupAddress(String companyName, String contactName, String addressLine, String city, String stateProvince,
                                String postalCode, String countryCode, String residentialIndicator, UpsWire.Phone phone) {

        @Override
        public String toString() {
            return "PickupAddress[city=" + city + ", countryCode=" + countryCode + ", personal data masked]";
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record PickupPiece(String serviceCode, String quantity, String destinationCountryCode, String containerCode) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record TotalWeight(String weight, String unitOfMeasurement) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Response(PickupCreationResponse pickupCreationResponse) {
    }

    /** The pickup request number ({@code PRN}), which cancels the pickup. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PickupCreationResponse(@JsonProperty("PRN") String prn) {
    }
}
