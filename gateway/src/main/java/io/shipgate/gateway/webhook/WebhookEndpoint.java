package io.shipgate.gateway.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A tenant's webhook endpoint, its secrets opened.
 *
 * @param state          enabled, paused (deliveries wait for a resume) or disabled (it answered 410 Gone)
 * @param previousSecret the secret before the last rotation while it still signs (until previousExpiresAt), else null
 */
record WebhookEndpoint(UUID id, UUID tenantId, String url, String description, List<String> eventTypes, String state,
                       String disabledReason, String secret, String previousSecret, Instant previousExpiresAt,
                       Instant createdAt, Instant updatedAt) {

    static final String ENABLED = "enabled";
    static final String PAUSED = "paused";
    static final String DISABLED = "disabled";
    static final String ALL_TYPES = "*";

    /** The secrets that sign a message sent at {@code now}: the current one, and the previous one during its overlap. */
    List<String> signingSecrets(Instant now) {
        return previousSecret != null && previousExpiresAt != null && now.isBefore(previousExpiresAt)
                ? List.of(secret, previousSecret) : List.of(secret);
    }
}
