package io.shipgate.carrier.fedex.cancel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.shipgate.carrier.fedex.FedExErrors;
import io.shipgate.carrier.fedex.FedExParties;

import java.util.List;

/** The JSON of FedEx's {@code PUT /ship/v1/shipments/cancel}, as FedEx names it. */
public final class FedExCancelWire {

    private FedExCancelWire() {
    }

    public record Request(FedExParties.AccountNumber accountNumber, String deletionControl, String trackingNumber) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(Output output) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Output(Boolean cancelledShipment, Boolean cancelledHistory, String successMessage, List<FedExErrors.Problem> alerts) {
    }
}
