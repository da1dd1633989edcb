package io.shipgate.carrier.delhivery.ndr;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** The JSON of the NDR API ({@code POST /api/p/update}) and of an edit ({@code POST /api/p/edit}), as Delhivery names it. */
public final class DelhiveryNdrWire {

    private DelhiveryNdrWire() {
    }

    /** {@code {"data": [{"waybill", "act", "action_data"}]}}. */
    public record Update(List<Action> data) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Action(String waybill, String act, @JsonProperty("action_data") ActionData actionData) {
    }

    public record ActionData(@JsonProperty("deferred_date") String deferredDate) {
    }

    /** The NDR API's answer: a request id to check the outcome by, or a refusal. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UpdateAnswer(@JsonProperty("request_id") String requestId, Boolean success, JsonNode error, JsonNode remark,
                               JsonNode message) {
    }

    /** A change of the consignee's name, address or phone. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Edit(String waybill, String name, String add, String phone) {
    }
}
