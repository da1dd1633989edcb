package io.shipgate.routes.tracking;

import java.util.UUID;

/**
 * A carrier push, authenticated, read and stored: processed after it was answered.
 *
 * @param pushId    the stored push
 * @param shipments AWBs it carries tracking for
 * @param events    carrier events it carries
 */
public record WebhookReceipt(UUID pushId, int shipments, int events) {
}
