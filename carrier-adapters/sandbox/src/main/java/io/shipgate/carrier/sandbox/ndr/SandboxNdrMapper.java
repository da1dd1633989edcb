package io.shipgate.carrier.sandbox.ndr;

import io.shipgate.carrier.model.NdrActionRequest;
import io.shipgate.carrier.model.NdrActionResult;
import io.shipgate.carrier.sandbox.SandboxJson;
import io.shipgate.carrier.sandbox.SandboxWire.WireAddress;

import java.time.LocalDate;
import java.util.Arrays;

/** {@code POST /v1/shipments/{awb}/ndr}: what to do after a failed delivery attempt. */
public final class SandboxNdrMapper {

    /** The body of {@code POST /v1/shipments/{awb}/ndr}; the action's names are the universal ones. */
    public record NdrBody(String action, LocalDate deferredDate, WireAddress address, String phone, String remarks) {
    }

    record Answer(String requestId, String status, String message) {
    }

    private SandboxNdrMapper() {
    }

    public static NdrBody request(NdrActionRequest request) {
        return new NdrBody(request.action().name(), request.deferredDate(), WireAddress.of(request.newAddress()),
                request.newPhone(), request.remarks());
    }

    /** The sandbox's answer; a status the universal model does not know is PENDING, so nobody assumes it worked. */
    public static NdrActionResult parse(byte[] body) {
        Answer answer = SandboxJson.read(body, Answer.class);
        NdrActionResult.Status status = Arrays.stream(NdrActionResult.Status.values())
                .filter(s -> s.name().equals(answer.status())).findFirst().orElse(NdrActionResult.Status.PENDING);
        return new NdrActionResult(answer.requestId(), status, answer.message());
    }
}
