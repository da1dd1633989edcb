package io.shipgate.gateway.notify;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads and sets which milestones email (or text) a tenant's customers ({@code notification_settings}); every read and
 * write names its tenant. A tenant that never chose gets {@code shipgate.notifications.default-milestones} (and
 * {@code .sms.default-milestones}). Used by {@code /v1/notification-settings} and the console's admin pages.
 */
@Service
public class NotificationSettingsService {

    private final JdbcClient jdbc;
    private final NotificationProperties properties;
    private final EmailSwitch email;
    private final SmsSwitch sms;
    private final Clock clock;

    NotificationSettingsService(JdbcClient jdbc, NotificationProperties properties, EmailSwitch email, SmsSwitch sms, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.email = email;
        this.sms = sms;
        this.clock = clock;
    }

    /** The tenant's settings, or the defaults when it never chose. */
    public NotificationSettingsView get(UUID tenantId) {
        return jdbc.sql("SELECT milestones, sms_milestones, updated_at FROM notification_settings WHERE tenant_id = ?").param(tenantId)
                .query((rs, n) -> view(milestones(rs.getArray("milestones")), milestones(rs.getArray("sms_milestones")),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional()
                .orElseGet(() -> view(properties.defaultMilestones, properties.smsDefaultMilestones, null));
    }

    /** Replaces the milestones that send an email and an SMS (none: the tenant's customers get none). */
    public NotificationSettingsView update(UUID tenantId, Set<Milestone> emailMilestones, Set<Milestone> smsMilestones) {
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO notification_settings (tenant_id, milestones, sms_milestones, updated_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (tenant_id) DO UPDATE SET milestones = excluded.milestones, sms_milestones = excluded.sms_milestones,
                            updated_at = excluded.updated_at""")
                .params(tenantId, names(emailMilestones), names(smsMilestones), Timestamp.from(now)).update();
        return get(tenantId);
    }

    /** Whether the tenant's settings send this milestone on this channel. */
    boolean sends(UUID tenantId, Milestone milestone, Channel channel) {
        NotificationSettingsView settings = get(tenantId);
        return (channel == Channel.SMS ? settings.smsMilestones() : settings.milestones()).contains(milestone);
    }

    private NotificationSettingsView view(Collection<Milestone> emailMilestones, Collection<Milestone> smsMilestones, Instant updatedAt) {
        return new NotificationSettingsView(sorted(emailMilestones), email.on(), sorted(smsMilestones), sms.on(), updatedAt);
    }

    private static List<Milestone> milestones(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Milestone::valueOf).toList();
    }

    private static String[] names(Set<Milestone> milestones) {
        return sorted(milestones == null ? Set.of() : milestones).stream().map(Milestone::name).toArray(String[]::new);
    }

    private static List<Milestone> sorted(Collection<Milestone> milestones) {
        return milestones.isEmpty() ? List.of() : EnumSet.copyOf(milestones).stream().sorted(Comparator.naturalOrder()).toList();
    }
}
