/**
 * Customer notifications (issue 19): milestone emails to a shipment's recipient (shipped, out for delivery, delivered,
 * delivery failed, return received) through SMTP (Spring's {@code spring.mail.*}; off without {@code spring.mail.host}),
 * plain text and HTML, in the recipient's language and the tenant's branding; SMS as a second, pluggable channel
 * ({@link io.shipgate.gateway.notify.SmsProvider}, an HTTP webhook one by default). A milestone's message is written
 * ({@code customer_notifications}) in the transaction of the status change that calls for it, like the outbox's events,
 * and sent by a background job ({@link io.shipgate.routes.job.DueWorkRoute}); which milestones send is the tenant's
 * setting ({@code notification_settings}, {@code /v1/notification-settings}). docs/pages.md, "Customer notifications".
 */
@ApplicationModule(displayName = "Customer notifications",
        allowedDependencies = {"platform", "tenant", "branding", "shipment", "returns", "webhook"})
package io.shipgate.gateway.notify;

import org.springframework.modulith.ApplicationModule;
