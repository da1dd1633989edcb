package io.shipgate.carrier.ups.cancel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.shipgate.carrier.model.Cancellation;
import io.shipgate.carrier.ups.UpsErrors;
import io.shipgate.carrier.ups.UpsWire;

/** UPS Void ({@code DELETE /api/shipments/{version}/void/cancel/{shipment id}}): its summary to a cancellation. */
public final class UpsVoidMapper {

    /** {@code SummaryResult.Status.Code} of a voided shipment. */
    private static final String VOIDED = "1";

    /** The answer, as UPS names it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Response(VoidShipmentResponse voidShipmentResponse) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record VoidShipmentResponse(SummaryResult summaryResult) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record SummaryResult(UpsWire.CodeDescription status) {
    }

    private UpsVoidMapper() {
    }

    public static Cancellation parse(String awb, byte[] body) {
        Response answer = UpsWire.read(body, Response.class);
        UpsWire.CodeDescription status = answer.voidShipmentResponse() == null || answer.voidShipmentResponse().summaryResult() == null
                ? null : answer.voidShipmentResponse().summaryResult().status();
        String code = UpsWire.CodeDescription.code(status);
        String description = UpsWire.CodeDescription.description(status);
        if (!VOIDED.equals(code)) {
            throw UpsErrors.invalidState(code == null ? "NOT_VOIDED" : code,
                    description == null ? "UPS did not void shipment " + awb : description);
        }
        return new Cancellation(awb, description);
    }
}
