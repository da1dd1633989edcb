package io.shipgate.carrier.fedex.shipment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.fedex.FedExCarrier;
import io.shipgate.carrier.fedex.FedExJson;
import io.shipgate.carrier.fedex.FedExSettings;
import io.shipgate.carrier.fedex.FedExWire;
import io.shipgate.carrier.model.Cancellation;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;

import java.util.stream.Collectors;

/**
 * {@code PUT /ship/v1/shipments/cancel}: voids every package of the shipment
 * ({@code DELETE_ALL_PACKAGES}) by its master tracking number. An answer with
 * {@code cancelledShipment: false} is FedEx refusing in the shipment's state (INVALID_STATE).
 */
public final class FedExCancelMapper {

    private FedExCancelMapper() {
    }

    public static ObjectNode request(String awb, FedExSettings settings) {
        ObjectNode body = FedExJson.object();
        body.set("accountNumber", FedExWire.account(settings));
        body.put("deletionControl", "DELETE_ALL_PACKAGES");
        body.put("trackingNumber", awb);
        return body;
    }

    public static Cancellation parse(JsonNode answer, String awb) {
        JsonNode output = answer.path("output");
        if (!output.path("cancelledShipment").asBoolean(false)) {
            String alerts = FedExJson.each(output, "alerts", a -> FedExJson.text(a, "message")).stream().collect(Collectors.joining("; "));
            throw new CarrierException(CarrierErrorCategory.INVALID_STATE, FedExCarrier.CODE, "NOT_CANCELLED",
                    "FedEx did not cancel shipment " + awb + (alerts.isEmpty() ? "" : ": " + alerts), false);
        }
        return new Cancellation(awb, FedExJson.text(output, "successMessage"));
    }
}
