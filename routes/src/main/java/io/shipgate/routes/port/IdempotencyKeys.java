package io.shipgate.routes.port;

import java.util.Optional;
import java.util.UUID;

/**
 * Idempotency keys of requests that buy something. A key is claimed in its own transaction
 * before the carrier is called, so concurrent or retried requests with one key buy one label.
 */
public interface IdempotencyKeys {

    /**
     * Claims the key for this request. Returns empty when the caller now owns it; the stored answer
     * when the same request already completed (waiting a little while another holder finishes).
     * Throws when the key was used with another request, or is still held by a running request.
     */
    Optional<StoredResponse> claim(UUID tenantId, String key, String requestHash);

    /** Gives the key up after a failure, so the request can be retried. */
    void release(UUID tenantId, String key);
}
