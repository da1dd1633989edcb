package io.shipgate.carrier.delhivery.cancel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** The JSON of a cancellation through the edit API ({@code POST /api/p/edit}), as Delhivery names it. */
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

    /** {@code status} is a boolean or its text ({@code "True"}); the reason is {@code remark} or {@code error}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answer(String status, String waybill, @JsonProperty("order_id") String orderId, JsonNode remark, JsonNode error) {
    }
}
