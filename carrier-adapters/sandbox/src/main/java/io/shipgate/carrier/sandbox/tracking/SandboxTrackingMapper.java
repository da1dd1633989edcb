package io.shipgate.carrier.sandbox.tracking;

import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.sandbox.SandboxErrors;
import io.shipgate.carrier.sandbox.SandboxTracking;
import io.shipgate.carrier.sandbox.SandboxTracking.WireTracking;

/**
 * {@code GET /v1/tracking/{awb}}: the sandbox's tracking document to a universal result. An AWB the
 * sandbox has no record of for this account is answered 404, which {@link SandboxErrors} raises as
 * NOT_FOUND (never an empty, just-created result).
 */
public final class SandboxTrackingMapper {

    private SandboxTrackingMapper() {
    }

    public static TrackingResult parse(byte[] body) {
        return SandboxTracking.result(SandboxErrors.read(body, WireTracking.class), body);
    }
}
