package io.shipgate.routes.tracking;

import io.shipgate.carrier.model.InboundWebhook;

import java.util.UUID;

/**
 * A tracking push as a carrier sent it to {@code /v1/webhooks/carriers/{carrier}/{accountId}}.
 * Not yet authenticated: the account's adapter proves it comes from the carrier.
 */
public record CarrierWebhookCommand(String carrier, UUID carrierAccountId, InboundWebhook webhook) {
}
