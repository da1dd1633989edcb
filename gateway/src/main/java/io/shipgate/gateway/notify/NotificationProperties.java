package io.shipgate.gateway.notify;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The {@code shipgate.notifications.*} settings (application.yml documents each). */
@Component
class NotificationProperties {

    /** How the tenant's logo appears in an email. */
    enum LogoMode {
        /** Attached to the message and shown from it ({@code cid:}): seen even where remote images are blocked. */
        INLINE,
        /** An image at {@code <base-url>/assets/brand/<slug>/logo}: smaller messages, shown once the reader allows images. */
        LINK,
        /** No logo: the display name only. */
        NONE
    }

    final String from;
    final Set<Milestone> defaultMilestones;
    final Set<Milestone> smsDefaultMilestones;
    final LogoMode logo;
    final int maxAttempts;
    final Duration firstRetry;
    final Duration maxRetry;

    NotificationProperties(@Value("${shipgate.notifications.from:}") String from,
                           @Value("${spring.mail.username:}") String username,
                           @Value("${shipgate.notifications.default-milestones:SHIPPED,OUT_FOR_DELIVERY,DELIVERED,DELIVERY_FAILED,RETURN_RECEIVED}")
                           List<String> defaultMilestones,
                           @Value("${shipgate.notifications.sms.default-milestones:}") List<String> smsDefaultMilestones,
                           @Value("${shipgate.notifications.logo:inline}") String logo,
                           @Value("${shipgate.notifications.max-attempts:8}") int maxAttempts,
                           @Value("${shipgate.notifications.retry.first:30s}") Duration firstRetry,
                           @Value("${shipgate.notifications.retry.max:1h}") Duration maxRetry) {
        this.from = !from.isBlank() ? from.strip() : username.contains("@") ? username.strip() : "no-reply@localhost";
        this.defaultMilestones = milestones(defaultMilestones, "shipgate.notifications.default-milestones");
        this.smsDefaultMilestones = milestones(smsDefaultMilestones, "shipgate.notifications.sms.default-milestones");
        try {
            this.logo = LogoMode.valueOf(logo.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("shipgate.notifications.logo is inline, link or none, not " + logo);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("shipgate.notifications.max-attempts must be at least 1, not " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
    }

    /** The defaults of a channel. */
    Set<Milestone> defaults(Channel channel) {
        return channel == Channel.SMS ? smsDefaultMilestones : defaultMilestones;
    }

    private static Set<Milestone> milestones(List<String> names, String key) {
        EnumSet<Milestone> milestones = EnumSet.noneOf(Milestone.class);
        for (String name : names) {
            if (!name.isBlank()) {
                milestones.add(parse(name, key));
            }
        }
        return Set.copyOf(milestones);
    }

    private static Milestone parse(String name, String key) {
        try {
            return Milestone.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " takes " + List.of(Milestone.values()) + ", not " + name);
        }
    }
}
