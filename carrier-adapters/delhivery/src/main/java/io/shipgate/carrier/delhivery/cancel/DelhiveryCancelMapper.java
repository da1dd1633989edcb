package io.shipgate.carrier.delhivery.cancel;

import io.shipgate.carrier.delhivery.DelhiveryClient;
import io.shipgate.carrier.delhivery.DelhiveryEditAnswer;
import io.shipgate.carrier.delhivery.DelhiveryErrors;
import io.shipgate.carrier.http.CarrierHttpResponse;
import io.shipgate.carrier.model.Cancellation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cancellation through the edit API ({@code POST /api/p/edit} with {@code "cancellation": "true"}):
 * allowed until Delhivery picks the parcel up; afterwards Delhivery refuses ({@code "status": false}
 * with a remark), which is INVALID_STATE, except a refusal about the waybill itself (unknown,
 * another client's), which is INVALID_REQUEST. The answer may be XML rather than JSON: a success
 * is a success in either ({@link DelhiveryEditAnswer}).
 */
public final class DelhiveryCancelMapper {

    private static final Pattern UNKNOWN_WAYBILL = Pattern.compile("(invalid|no such|not found|does not exist).*waybill|waybill.*(invalid|not found|does not exist)");

    private DelhiveryCancelMapper() {
    }

    public static DelhiveryCancelWire.Request request(String waybill) {
        return DelhiveryCancelWire.Request.of(waybill);
    }

    public static Cancellation parse(String waybill, CarrierHttpResponse response) {
        DelhiveryEditAnswer answer = DelhiveryEditAnswer.read(DelhiveryClient.CANCEL_SHIPMENT, response);
        String remark = answer.reason();
        if (answer.done()) {
            return new Cancellation(waybill, remark);
        }
        if (remark != null && UNKNOWN_WAYBILL.matcher(remark.toLowerCase(Locale.ROOT)).find()) {
            throw DelhiveryErrors.invalid("UNKNOWN_WAYBILL", "Delhivery refused " + DelhiveryClient.CANCEL_SHIPMENT + ": " + remark, null);
        }
        throw DelhiveryErrors.invalidState(DelhiveryClient.CANCEL_SHIPMENT, remark);
    }
}
