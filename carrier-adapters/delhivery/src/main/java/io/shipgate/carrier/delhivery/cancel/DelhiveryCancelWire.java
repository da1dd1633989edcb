package io.shipgate.carrier.delhivery.cancel;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON of a cancellation through the edit API ({@code POST /api/p/edit}), as Delhivery names
 * it. The answer, JSON or XML, is the edit API's ({@link io.shipgate.carrier.delhivery.DelhiveryEditAnswer}).
 */
public final class DelhiveryCancelWire {

    private DelhiveryCancelWire() {
    }

    /** {@code {"waybill": ..., "cancellation": "true"}}: Delhivery takes the flag as a string. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(String waybill, String cancellation) {

        public static Request of(String waybill) {
            return new Request(waybill, "true");
        }
    }
}
