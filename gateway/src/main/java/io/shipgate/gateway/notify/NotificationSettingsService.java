package io.shipgate.gateway.notify;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads and sets which milestones email a tenant's customers ({@code notification_settings}); every read and write names
 * its tenant. A tenant that never chose gets {@code shipgate.notifications.default-milestones}. Used by
 * {@code /v1/notification-settings} and the console's admin pages.
 */
@Service
public class NotificationSettingsService {

    private final JdbcClient jdbc;
    private final NotificationProperties properties;
    private final EmailSwitch email;
    private final Clock clock;

    NotificationSettingsService(JdbcClient jdbc, NotificationProperties properties, EmailSwitch email, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.email = email;
        this.clock = clock;
    }

    /** The tenant's settings, or the defaults when it never chose. */
    public NotificationSettingsView get(UUID tenantId) {
        return jdbc.sql("SELECT milestones, updated_at FROM notification_settings WHERE tenant_id = ?").param(tenantId)
                .query((rs, n) -> view(Arrays.stream((String[]) rs.getArray("milestones").getArray()).map(Milestone::valueOf).toList(),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional()
                .orElseGet(() -> view(properties.defaultMilestones, null));
    }

    /** Replaces the milestones that send (none: the tenant's customers get no email). */
    public NotificationSettingsView update(UUID tenantId, Set<Milestone> milestones) {
        Instant now = clock.instant();
        String[] names = sorted(milestones).stream().map(Milestone::name).toArray(String[]::new);
        jdbc.sql("""
                        INSERT INTO notification_settings (tenant_id, milestones, updated_at) VALUES (?, ?, ?)
                        ON CONFLICT (tenant_id) DO UPDATE SET milestones = excluded.milestones, updated_at = excluded.updated_at""")
                .params(tenantId, names, Timestamp.from(now)).update();
        return get(tenantId);
    }

    private NotificationSettingsView view(java.util.Collection<Milestone> milestones, Instant updatedAt) {
        return new NotificationSettingsView(sorted(milestones), email.on(), updatedAt);
    }

    private static List<Milestone> sorted(java.util.Collection<Milestone> milestones) {
        return milestones.isEmpty() ? List.of()
                : EnumSet.copyOf(milestones).stream().sorted(Comparator.naturalOrder()).toList();
    }
}
