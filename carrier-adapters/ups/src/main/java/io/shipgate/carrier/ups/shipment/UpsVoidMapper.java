package io.shipgate.carrier.ups.shipment;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.carrier.model.Cancellation;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.ups.UpsCarrier;
import io.shipgate.carrier.ups.UpsJson;

/** UPS Void ({@code DELETE /api/shipments/{version}/void/cancel/{shipment id}}): its summary to a cancellation. */
public final class UpsVoidMapper {

    /** {@code SummaryResult.Status.Code} of a voided shipment. */
    private static final String VOIDED = "1";

    private UpsVoidMapper() {
    }

    public static Cancellation parse(String awb, JsonNode answer) {
        JsonNode status = answer.path("VoidShipmentResponse").path("SummaryResult").path("Status");
        String code = UpsJson.text(status, "Code");
        String description = UpsJson.text(status, "Description");
        if (!VOIDED.equals(code)) {
            throw new CarrierException(CarrierErrorCategory.INVALID_STATE, UpsCarrier.CODE, code == null ? "NOT_VOIDED" : code,
                    description == null ? "UPS did not void shipment " + awb : description, false);
        }
        return new Cancellation(awb, description);
    }
}
