package io.shipgate.carrier.ups.ndr;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.shipgate.carrier.ups.UpsErrors;

import java.util.List;

/** The JSON of UPS Delivery Intercept ({@code /api/deliveryintercept/v2/...}), as UPS names it (camelCase). */
public final class UpsInterceptWire {

    private UpsInterceptWire() {
    }

    /** A reschedule ({@code deliveryDate}), redirect ({@code newDeliveryAddress}) or return ({@code reasonForReturn}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(String requestType, String specialInstructions, RequesterContact requesterContactInfo, String deliveryDate,
                          NewAddress newDeliveryAddress, String reasonForReturn) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequesterContact(String name, String telephone) {

        @Override
        public String toString() {
            return "RequesterContact[personal data masked]";
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewAddress(String addressNickName, AddressInfo addressInfo, String nameOrCompanyName, String contactName,
                             String phoneNumber) {

        @Override
        public String toString() {
            return "NewAddress[" + addressInfo + ", personal data masked]";
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AddressInfo(String addressLine1, String addressLine2, String city, String state, String postalCode,
                              String countryCode, String fullName) {

        @Override
        public String toString() {
            return "AddressInfo[city=" + city + ", countryCode=" + countryCode + ", personal data masked]";
        }
    }

    /**
     * An answer: the eligibility check nests it in {@code response}, the change requests answer it
     * flat; {@code success} false is a refusal, its reason in {@code errors}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answer(Answer response, String transactionId, String statusMsg, Boolean success,
                         List<UpsErrors.Problem> errors, List<Eligibility> commonEligibilityMap) {

        /** The nested answer when there is one, else this. */
        public Answer result() {
            return response != null ? response : this;
        }
    }

    /** Whether a feature ({@code FD}, {@code RD}, {@code RTS}...) can be created now, and the days a reschedule may take. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Eligibility(String interceptFeature, EligibilityValue eligibilityValue) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EligibilityValue(String createEligibility, List<DateOption> dateOptionsforFutureDelivery) {
    }

    /** A day UPS offers, {@code 20250110} (a number in UPS's answers). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DateOption(String date) {
    }
}
