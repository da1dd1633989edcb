package io.shipgate.carrier.delhivery.ndr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.delhivery.DelhiveryClient;
import io.shipgate.carrier.delhivery.DelhiveryErrors;
import io.shipgate.carrier.delhivery.DelhiveryJson;
import io.shipgate.carrier.delhivery.DelhiveryParties;
import io.shipgate.carrier.model.NdrAction;
import io.shipgate.carrier.model.NdrActionRequest;
import io.shipgate.carrier.model.NdrActionResult;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * NDR actions. Re-attempt and reschedule go through the asynchronous NDR API
 * ({@code POST /api/p/update}, {@code {"data": [{"waybill", "act", "action_data"}]}}), which answers
 * a request id ({@code request_id}, a {@code UPL...} id) to check the outcome by: the result is
 * PENDING with that id. {@code act} is {@code RE-ATTEMPT}, or {@code DEFER_DLV} with
 * {@code action_data.deferred_date} (YYYY-MM-DD) for a reschedule, as Delhivery's NDR API
 * documentation names the deferred delivery of a forward shipment ({@code PICKUP_RESCHEDULE} is the
 * act of a reverse pickup). A change of address or phone is an edit of the shipment
 * ({@code POST /api/p/edit}), synchronous: ACCEPTED. Delhivery offers no return-to-origin
 * instruction, so RETURN_TO_ORIGIN is not supported.
 */
public final class DelhiveryNdrMapper {

    /** The NDR actions Delhivery's API offers. */
    public static final Set<NdrAction> ACTIONS = EnumSet.of(NdrAction.REATTEMPT, NdrAction.RESCHEDULE, NdrAction.CHANGE_ADDRESS,
            NdrAction.CHANGE_PHONE);

    static final String REATTEMPT = "RE-ATTEMPT";
    static final String DEFER_DELIVERY = "DEFER_DLV";

    private DelhiveryNdrMapper() {
    }

    /** Whether the action goes through the NDR API (else it is an edit). */
    public static boolean asynchronous(NdrAction action) {
        return action == NdrAction.REATTEMPT || action == NdrAction.RESCHEDULE;
    }

    /** The NDR API's body for a re-attempt or a reschedule. */
    public static ObjectNode update(NdrActionRequest request, LocalDate todayInIndia) {
        ObjectNode action = DelhiveryJson.object().put("waybill", request.shipment().awb());
        switch (request.action()) {
            case REATTEMPT -> action.put("act", REATTEMPT);
            case RESCHEDULE -> {
                LocalDate date = request.deferredDate();
                if (date == null || !date.isAfter(todayInIndia)) {
                    throw DelhiveryErrors.invalid("INVALID_DEFERRED_DATE", "a reschedule needs a delivery date after today ("
                            + todayInIndia + " in India)", "deferredDate");
                }
                action.put("act", DEFER_DELIVERY);
                action.putObject("action_data").put("deferred_date", date.toString());
            }
            default -> throw unsupported(request.action());
        }
        ObjectNode body = DelhiveryJson.object();
        body.putArray("data").add(action);
        return body;
    }

    /** The edit API's body for a change of address or phone. Delhivery cannot move a shipment to another pincode. */
    public static ObjectNode edit(NdrActionRequest request) {
        ObjectNode edit = DelhiveryJson.object().put("waybill", request.shipment().awb());
        switch (request.action()) {
            case CHANGE_ADDRESS -> {
                if (request.newAddress() == null || DelhiveryParties.addressLine(request.newAddress()).isEmpty()) {
                    throw DelhiveryErrors.invalid("NO_ADDRESS", "a change of address needs the new address", "newAddress");
                }
                if (request.newAddress().name() != null && !request.newAddress().name().isBlank()) {
                    edit.put("name", request.newAddress().name().strip());
                }
                edit.put("add", DelhiveryParties.addressLine(request.newAddress()));
                if (request.newAddress().phone() != null && !request.newAddress().phone().isBlank()) {
                    edit.put("phone", DelhiveryParties.phone(request.newAddress().phone(), "newAddress.phone"));
                }
            }
            case CHANGE_PHONE -> edit.put("phone", DelhiveryParties.phone(request.newPhone(), "newPhone"));
            default -> throw unsupported(request.action());
        }
        return edit;
    }

    /** The NDR API's answer: its request id, to check the asynchronous outcome by. */
    public static NdrActionResult parseUpdate(JsonNode answer) {
        String requestId = DelhiveryJson.text(answer, "request_id");
        if (requestId == null || !answer.path("success").asBoolean(true)) {
            throw DelhiveryErrors.invalidState(DelhiveryClient.NDR_ACTION, DelhiveryErrors.text(answer).orElse(null));
        }
        return new NdrActionResult(requestId, NdrActionResult.Status.PENDING,
                "Delhivery queued the NDR action; its outcome is checked by request id " + requestId);
    }

    /** The edit API's answer: the change is made, or refused in the shipment's state. */
    public static NdrActionResult parseEdit(JsonNode answer) {
        String remark = DelhiveryErrors.text(answer).orElse(null);
        if (!DelhiveryJson.yes(answer, "status")) {
            throw DelhiveryErrors.invalidState(DelhiveryClient.NDR_ACTION, remark);
        }
        return new NdrActionResult(null, NdrActionResult.Status.ACCEPTED, remark);
    }

    private static RuntimeException unsupported(NdrAction action) {
        return DelhiveryErrors.invalid("UNSUPPORTED_NDR_ACTION", "Delhivery's API offers no " + action
                + " instruction; it offers " + ACTIONS, "action");
    }
}
