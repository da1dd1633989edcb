package io.shipgate.routes.port;

import java.util.UUID;

/**
 * An API answer as it was first given, kept with its idempotency key so a replay returns it
 * byte for byte.
 *
 * @param body the JSON body
 */
public record StoredResponse(UUID resourceId, int status, String body, boolean replayed) {

    public StoredResponse asReplay() {
        return new StoredResponse(resourceId, status, body, true);
    }
}
