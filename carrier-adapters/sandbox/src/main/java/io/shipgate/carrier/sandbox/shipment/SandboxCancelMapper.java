package io.shipgate.carrier.sandbox.shipment;

import io.shipgate.carrier.model.Cancellation;
import io.shipgate.carrier.sandbox.SandboxJson;

/** {@code POST /v1/shipments/{awb}/cancel}: the sandbox's answer to a universal cancellation. */
public final class SandboxCancelMapper {

    record Cancelled(String awb, String status) {
    }

    private SandboxCancelMapper() {
    }

    public static Cancellation parse(byte[] body) {
        Cancelled cancelled = SandboxJson.read(body, Cancelled.class);
        return new Cancellation(cancelled.awb(), cancelled.status());
    }
}
