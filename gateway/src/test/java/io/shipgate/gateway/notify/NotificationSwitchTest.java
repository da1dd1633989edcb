package io.shipgate.gateway.notify;

import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.shipment.ShipmentEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/** Without spring.mail.host (no JavaMailSender) and no SMS provider, the feature is off, says so once, and queues nothing. */
@ExtendWith(OutputCaptureExtension.class)
class NotificationSwitchTest {

    @Test
    void withoutAnSmtpServerNothingIsQueuedAndTheStartSaysSo(CapturedOutput output) {
        StaticListableBeanFactory none = new StaticListableBeanFactory();
        NotificationProperties properties = new NotificationProperties("", "", List.of("DELIVERED"), List.of(), "inline", 8,
                java.time.Duration.ofSeconds(30), java.time.Duration.ofHours(1));
        EmailSwitch email = new EmailSwitch(none.getBeanProvider(JavaMailSender.class), properties);
        SmsSwitch sms = new SmsSwitch(none.getBeanProvider(SmsProvider.class));
        CustomerNotifications notifications = mock(CustomerNotifications.class);

        new NotificationTriggers(notifications, properties, email, sms).delivered(new ShipmentEvent.Delivered(UUID.randomUUID(),
                UUID.randomUUID(), "AWB1", TrackingStatus.OUT_FOR_DELIVERY, Instant.now(), Instant.now(), Instant.now()));

        assertThat(email.on()).isFalse();
        assertThat(sms.on()).isFalse();
        verifyNoInteractions(notifications);
        assertThat(output.getAll()).containsOnlyOnce("Customer notifications are off: no SMTP server is configured (spring.mail.host)")
                .containsOnlyOnce("Customer SMS are off");
    }

    @Test
    void theSenderAddressFallsBackToTheSmtpUserThenToAPlaceholder() {
        assertThat(properties("shop@example.com", "user@relay.example").from).isEqualTo("shop@example.com");
        assertThat(properties("", "user@relay.example").from).isEqualTo("user@relay.example");
        assertThat(properties("", "apikey").from).isEqualTo("no-reply@localhost");
    }

    private static NotificationProperties properties(String from, String username) {
        return new NotificationProperties(from, username, List.of(), List.of(), "link", 8, java.time.Duration.ofSeconds(30),
                java.time.Duration.ofHours(1));
    }
}
