package io.shipgate.carrier.fedex.pickup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.shipgate.carrier.fedex.FedExParties;
import io.shipgate.carrier.fedex.FedExUnits;

/** The JSON of FedEx's Pickup API ({@code POST /pickup/v1/pickups}, {@code PUT /pickup/v1/pickups/cancel}), as FedEx names it. */
public final class FedExPickupWire {

    private FedExPickupWire() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(FedExParties.AccountNumber associatedAccountNumber, Origin originDetail, FedExUnits.WireWeight totalWeight,
                          Integer packageCount, String carrierCode, String remarks) {
    }

    public record Origin(Location pickupLocation, String readyDateTimestamp, String customerCloseTime, String pickupDateType) {
    }

    /** FedEx's pickup contact has no email. */
    public record Location(FedExParties.Contact contact, FedExParties.WireAddress address) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CancelRequest(FedExParties.AccountNumber associatedAccountNumber, String pickupConfirmationCode, String carrierCode,
                                String scheduledDate, String location) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(Output output) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Output(String pickupConfirmationCode, String location) {
    }
}
