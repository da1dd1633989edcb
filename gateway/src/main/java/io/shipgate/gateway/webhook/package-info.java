/**
 * Events for merchants: the transactional outbox ({@code outbox}) that every published
 * {@link io.shipgate.gateway.webhook.OutboxEvent} is written to; the dispatcher comes next.
 */
@ApplicationModule(displayName = "Webhooks", allowedDependencies = {"platform"})
package io.shipgate.gateway.webhook;

import org.springframework.modulith.ApplicationModule;
