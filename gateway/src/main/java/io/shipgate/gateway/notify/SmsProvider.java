package io.shipgate.gateway.notify;

import java.util.UUID;

/**
 * Sends a customer's SMS: the notifications' pluggable SMS channel. The gateway brings one, {@link WebhookSmsProvider}
 * (an HTTP POST to the operator's SMS gateway, {@code shipgate.notifications.sms.webhook-url}); another bean of this type
 * (a provider's own API) replaces it. With none, SMS is off.
 */
public interface SmsProvider {

    /**
     * Sends it, or throws: a failure is retried later, like an SMTP failure.
     *
     * @param messageId the same for every attempt of the message: a provider may use it to drop a duplicate
     */
    void send(Sms sms);

    /** One text to one phone number (as on the shipment's address). */
    record Sms(UUID messageId, UUID tenantId, String to, String text, String language, String milestone) {

        @Override
        public String toString() {
            return "Sms[messageId=" + messageId + ", tenantId=" + tenantId + ", language=" + language + ", milestone=" + milestone + "]";
        }
    }
}
