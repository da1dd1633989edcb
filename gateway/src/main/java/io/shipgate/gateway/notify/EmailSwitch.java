package io.shipgate.gateway.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Whether this gateway emails customers: Spring Boot makes a {@link JavaMailSender} when {@code spring.mail.host} is set,
 * and without one the feature is off (no message is even queued), which it says once at start.
 */
@Component
class EmailSwitch {

    private static final Logger log = LoggerFactory.getLogger(EmailSwitch.class);

    private final JavaMailSender sender;

    EmailSwitch(ObjectProvider<JavaMailSender> sender, NotificationProperties properties) {
        this.sender = sender.getIfAvailable();
        if (this.sender == null) {
            log.info("Customer notifications are off: no SMTP server is configured (spring.mail.host)");
        } else {
            log.info("Customer notifications are on: email through the SMTP server of spring.mail.host, logo {}",
                    properties.logo.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    boolean on() {
        return sender != null;
    }

    /** The sender; only when {@link #on()}. */
    JavaMailSender sender() {
        if (sender == null) {
            throw new IllegalStateException("no SMTP server is configured (spring.mail.host)");
        }
        return sender;
    }
}
