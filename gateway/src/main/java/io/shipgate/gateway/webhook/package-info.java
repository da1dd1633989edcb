/**
 * Events for merchants: the transactional outbox ({@code outbox}) that every published
 * {@link io.shipgate.gateway.webhook.OutboxEvent} is written to, the event log read from it, the
 * tenant's webhook endpoints ({@code webhook_endpoints}, secrets sealed) and the dispatcher that
 * delivers each event to them, signed the Standard Webhooks way ({@code webhook_deliveries},
 * {@code webhook_delivery_attempts}); docs/webhooks.md.
 */
@ApplicationModule(displayName = "Webhooks", allowedDependencies = {"platform", "tenant"})
package io.shipgate.gateway.webhook;

import org.springframework.modulith.ApplicationModule;
