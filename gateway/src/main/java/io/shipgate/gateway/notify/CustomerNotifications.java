package io.shipgate.gateway.notify;

import io.shipgate.routes.job.DueItem;
import io.shipgate.routes.job.DueWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The customers' messages, one per shipment (or return) and milestone ({@code customer_notifications}), for the
 * {@link NotificationSender}. Queued in the transaction of the status change; claimed as {@code sending} (committed
 * before the SMTP conversation starts), then settled as {@code sent}, back to {@code pending} after an SMTP failure, or
 * {@code failed} after the last attempt. A {@code sending} row whose hold ended was left by a node that stopped before
 * recording its outcome: it becomes {@code unknown} and is not sent again (at most once; docs/pages.md).
 */
@Repository
class CustomerNotifications implements DueWork<CustomerNotifications.Notification> {

    static final int MAX_ERROR = 500;

    /** A claimed message: which milestone of which shipment (or return). */
    record Notification(UUID id, UUID tenantId, UUID subjectId, UUID shipmentId, String awb, Milestone milestone, Channel channel,
                        int attempts) implements DueItem {
    }

    /** A message set aside as {@code unknown}. */
    record Lapsed(UUID id, Milestone milestone, Channel channel) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CustomerNotifications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Queues the milestone's message on the channel, in the caller's transaction, if the tenant's settings (else
     * {@code defaults}) send it and no such message exists for the subject yet; returns whether it queued one. One statement.
     */
    boolean queue(UUID tenantId, UUID subjectId, UUID shipmentId, String awb, Milestone milestone, Channel channel, Set<Milestone> defaults) {
        Timestamp now = Timestamp.from(clock.instant());
        String column = channel == Channel.SMS ? "sms_milestones" : "milestones";
        return jdbc.sql("""
                        INSERT INTO customer_notifications (id, tenant_id, subject_id, shipment_id, awb, milestone, channel, state,
                                                            next_attempt_at, created_at)
                        SELECT ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?
                        WHERE COALESCE((SELECT ? = ANY (%s) FROM notification_settings WHERE tenant_id = ?), ?)
                        ON CONFLICT (subject_id, milestone, channel) DO NOTHING""".formatted(column))
                .params(UUID.randomUUID(), tenantId, subjectId, shipmentId, awb, milestone.name(), channel.code(), now, now,
                        milestone.name(), tenantId, defaults.contains(milestone))
                .update() == 1;
    }

    /** Claims due messages as {@code sending}: the claim is committed before the sender talks to the SMTP server. */
    @Override
    public List<Notification> claimDue(int limit, Instant holdUntil) {
        return jdbc.sql("""
                        UPDATE customer_notifications SET state = 'sending', next_attempt_at = ?, attempts = attempts + 1
                        WHERE id IN (SELECT id FROM customer_notifications WHERE state = 'pending' AND next_attempt_at <= ?
                                     ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
                        RETURNING id, tenant_id, subject_id, shipment_id, awb, milestone, channel, attempts""")
                .params(Timestamp.from(holdUntil), Timestamp.from(clock.instant()), limit)
                .query((rs, n) -> new Notification(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                        rs.getObject("subject_id", UUID.class), rs.getObject("shipment_id", UUID.class), rs.getString("awb"),
                        Milestone.valueOf(rs.getString("milestone")), Channel.of(rs.getString("channel")), rs.getInt("attempts")))
                .list();
    }

    /**
     * Messages claimed by a node that stopped (or lost the database) before recording their outcome, their hold ended:
     * set aside as {@code unknown}, never sent again; returns their ids.
     */
    List<Lapsed> lapsed(int limit) {
        return jdbc.sql("""
                        UPDATE customer_notifications SET state = 'unknown',
                            last_error = 'the node sending it stopped before recording the outcome: not sent again'
                        WHERE id IN (SELECT id FROM customer_notifications WHERE state = 'sending' AND next_attempt_at < ?
                                     ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
                        RETURNING id, milestone, channel""")
                .params(Timestamp.from(clock.instant()), limit)
                .query((rs, n) -> new Lapsed(rs.getObject("id", UUID.class), Milestone.valueOf(rs.getString("milestone")),
                        Channel.of(rs.getString("channel")))).list();
    }

    /** The SMTP server accepted the message. */
    void sent(Notification n, String language, String messageId) {
        jdbc.sql("""
                        UPDATE customer_notifications SET state = 'sent', sent_at = ?, language = ?, message_id = ?, last_error = NULL
                        WHERE id = ? AND state = 'sending'""")
                .params(Timestamp.from(clock.instant()), language, messageId, n.id()).update();
    }

    /** Nothing to send (no address, not a shipment, switched off): why, in a word or two. */
    void skipped(Notification n, String reason) {
        jdbc.sql("UPDATE customer_notifications SET state = 'skipped', last_error = ? WHERE id = ? AND state = 'sending'")
                .params(reason, n.id()).update();
    }

    @Override
    public void retryLater(Notification n, Instant at, String reason) {
        jdbc.sql("UPDATE customer_notifications SET state = 'pending', next_attempt_at = ?, last_error = ? WHERE id = ? AND state = 'sending'")
                .params(Timestamp.from(at), truncate(reason), n.id()).update();
    }

    @Override
    public void giveUp(Notification n, String reason) {
        jdbc.sql("UPDATE customer_notifications SET state = 'failed', last_error = ? WHERE id = ? AND state = 'sending'")
                .params(truncate(reason), n.id()).update();
    }

    /** Deletes up to {@code limit} settled messages queued before {@code before}, oldest first; see {@link NotificationPurge}. */
    int purgeSettled(Instant before, int limit) {
        return jdbc.sql("""
                        DELETE FROM customer_notifications WHERE id IN (
                            SELECT id FROM customer_notifications WHERE created_at < ? AND state IN ('sent', 'skipped', 'failed', 'unknown')
                            ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED)""")
                .params(Timestamp.from(before), limit).update();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= MAX_ERROR ? s : s.substring(0, MAX_ERROR);
    }
}
