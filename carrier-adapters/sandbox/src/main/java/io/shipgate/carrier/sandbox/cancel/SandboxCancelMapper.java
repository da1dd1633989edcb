package io.shipgate.carrier.sandbox.cancel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.shipgate.carrier.model.Cancellation;
import io.shipgate.carrier.sandbox.SandboxErrors;

/** {@code POST /v1/shipments/{awb}/cancel}: the sandbox's answer to a universal cancellation. */
public final class SandboxCancelMapper {

    /** The answer: {@code {"awb":"SB...","status":"CAN"}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(String awb, String status) {
    }

    private SandboxCancelMapper() {
    }

    /** @param awb the AWB asked about, when the answer does not repeat it */
    public static Cancellation parse(byte[] body, String awb) {
        Response response = SandboxErrors.read(body, Response.class);
        return new Cancellation(response.awb() != null ? response.awb() : awb, response.status());
    }
}
