package io.shipgate.routes.tracking;

import io.shipgate.carrier.model.TrackingResult;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A carrier push its account's adapter has authenticated and read, to be stored before it is answered.
 *
 * @param body    the raw body as received
 * @param headers the request's headers that are not credentials (see {@link PushHeaders})
 * @param results what the adapter read of it, one per AWB
 */
public record ReceivedPush(UUID tenantId, UUID carrierAccountId, String carrier, byte[] body, Map<String, List<String>> headers,
                           List<TrackingResult> results) {

    public int events() {
        return results.stream().mapToInt(r -> r.events().size()).sum();
    }
}
