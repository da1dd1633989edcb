package io.shipgate.carrier.delhivery.ndr;

import io.shipgate.carrier.delhivery.DelhiveryClient;
import io.shipgate.carrier.delhivery.DelhiveryEditAnswer;
import io.shipgate.carrier.delhivery.DelhiveryErrors;
import io.shipgate.carrier.delhivery.DelhiveryParties;
import io.shipgate.carrier.delhivery.ndr.DelhiveryNdrWire.Action;
import io.shipgate.carrier.delhivery.ndr.DelhiveryNdrWire.ActionData;
import io.shipgate.carrier.delhivery.ndr.DelhiveryNdrWire.Edit;
import io.shipgate.carrier.delhivery.ndr.DelhiveryNdrWire.Update;
import io.shipgate.carrier.delhivery.ndr.DelhiveryNdrWire.UpdateAnswer;
import io.shipgate.carrier.http.CarrierHttpResponse;
import io.shipgate.carrier.model.NdrAction;
import io.shipgate.carrier.model.NdrActionRequest;
import io.shipgate.carrier.model.NdrActionResult;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
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
    public static Update update(NdrActionRequest request, LocalDate todayInIndia) {
        String waybill = request.shipment().awb();
        Action action = switch (request.action()) {
            case REATTEMPT -> new Action(waybill, REATTEMPT, null);
            case RESCHEDULE -> {
                LocalDate date = request.deferredDate();
                if (date == null || !date.isAfter(todayInIndia)) {
                    throw DelhiveryErrors.invalid("INVALID_DEFERRED_DATE", "a reschedule needs a delivery date after today ("
                            + todayInIndia + " in India)", "deferredDate");
                }
                yield new Action(waybill, DEFER_DELIVERY, new ActionData(date.toString()));
            }
            default -> throw unsupported(request.action());
        };
        return new Update(List.of(action));
    }

    /** The edit API's body for a change of address or phone. Delhivery cannot move a shipment to another pincode. */
    public static Edit edit(NdrActionRequest request) {
        String waybill = request.shipment().awb();
        return switch (request.action()) {
            case CHANGE_ADDRESS -> {
                var address = request.newAddress();
                if (address == null || DelhiveryParties.addressLine(address).isEmpty()) {
                    throw DelhiveryErrors.invalid("NO_ADDRESS", "a change of address needs the new address", "newAddress");
                }
                String name = address.name() != null && !address.name().isBlank() ? address.name().strip() : null;
                String phone = address.phone() != null && !address.phone().isBlank()
                        ? DelhiveryParties.phone(address.phone(), "newAddress.phone") : null;
                yield new Edit(waybill, name, DelhiveryParties.addressLine(address), phone);
            }
            case CHANGE_PHONE -> new Edit(waybill, null, null, DelhiveryParties.phone(request.newPhone(), "newPhone"));
            default -> throw unsupported(request.action());
        };
    }

    /** The NDR API's answer: its request id, to check the asynchronous outcome by. */
    public static NdrActionResult parseUpdate(byte[] body) {
        UpdateAnswer answer = DelhiveryErrors.read(body, UpdateAnswer.class);
        String requestId = answer.requestId() == null || answer.requestId().isBlank() ? null : answer.requestId().strip();
        if (requestId == null || Boolean.FALSE.equals(answer.success())) {
            throw DelhiveryErrors.invalidState(DelhiveryClient.NDR_ACTION,
                    DelhiveryErrors.reason(answer.error(), answer.remark(), answer.message()).orElse(null));
        }
        return new NdrActionResult(requestId, NdrActionResult.Status.PENDING,
                "Delhivery queued the NDR action; its outcome is checked by request id " + requestId);
    }

    /** The edit API's answer: the change is made, or refused in the shipment's state. */
    public static NdrActionResult parseEdit(CarrierHttpResponse response) {
        DelhiveryEditAnswer answer = DelhiveryEditAnswer.read(DelhiveryClient.NDR_ACTION, response);
        String remark = answer.reason();
        if (!answer.done()) {
            throw DelhiveryErrors.invalidState(DelhiveryClient.NDR_ACTION, remark);
        }
        return new NdrActionResult(null, NdrActionResult.Status.ACCEPTED, remark);
    }

    private static RuntimeException unsupported(NdrAction action) {
        return DelhiveryErrors.invalid("UNSUPPORTED_NDR_ACTION", "Delhivery's API offers no " + action
                + " instruction; it offers " + ACTIONS, "action");
    }
}
