package io.shipgate.gateway.shipment;

import io.shipgate.routes.port.DueCheck;
import io.shipgate.routes.port.TrackingChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * When shipments and trackers are polled next, in {@code shipments.next_check_at} (indexed where set), for the tracking
 * poller. The poller works
 * across tenants, as every background job: each row it settles is named by tenant and id.
 */
@Component
class JdbcTrackingChecks implements TrackingChecks {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcTrackingChecks.class);
    /** The next check of a row whose poll was given up on (not done by the poller, which retries forever). */
    private static final Duration GIVEN_UP = Duration.ofDays(1);
    private static final int MAX_ERROR = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcTrackingChecks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<DueCheck> claimDue(int limit, Instant holdUntil) {
        return jdbc.sql("""
                        UPDATE shipments s SET next_check_at = ?, check_attempts = s.check_attempts + 1
                        WHERE s.id IN (SELECT id FROM shipments WHERE next_check_at <= ? AND status NOT IN %s
                                       ORDER BY next_check_at LIMIT ? FOR UPDATE SKIP LOCKED)
                        RETURNING s.id, s.tenant_id, s.carrier_account_id, s.carrier, s.kind, s.created_at, s.check_attempts""".formatted(ShipmentRepository.TERMINAL))
                .params(Timestamp.from(holdUntil), Timestamp.from(clock.instant()), limit)
                .query((rs, n) -> check(rs)).list();
    }

    private static DueCheck check(ResultSet rs) throws SQLException {
        return new DueCheck(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class), rs.getObject("carrier_account_id", UUID.class),
                rs.getString("carrier"), "tracker".equals(rs.getString("kind")), rs.getTimestamp("created_at").toInstant(),
                rs.getInt("check_attempts"));
    }

    @Override
    public void retryLater(DueCheck check, Instant at, String reason) {
        jdbc.sql("UPDATE shipments SET next_check_at = ?, check_error = ? WHERE tenant_id = ? AND id = ? AND next_check_at IS NOT NULL")
                .params(Timestamp.from(at), bounded(reason), check.tenantId(), check.id()).update();
    }

    @Override
    public void giveUp(DueCheck check, String reason) {
        LOG.warn("tracking poll of {} given up for a day: {}", check.id(), reason);
        retryLater(check, clock.instant().plus(GIVEN_UP), reason);
    }

    @Override
    public void scheduled(UUID tenantId, UUID shipmentId, Instant next) {
        jdbc.sql("""
                        UPDATE shipments SET check_attempts = 0, check_error = NULL,
                            next_check_at = CASE WHEN status IN %s THEN NULL ELSE ?::timestamptz END
                        WHERE tenant_id = ? AND id = ?""".formatted(ShipmentRepository.TERMINAL))
                .params(next == null ? null : Timestamp.from(next), tenantId, shipmentId).update();
    }

    @Override
    public void deferred(DueCheck check, Instant at) {
        jdbc.sql("""
                        UPDATE shipments SET next_check_at = ?, check_attempts = GREATEST(check_attempts - 1, 0)
                        WHERE tenant_id = ? AND id = ? AND next_check_at IS NOT NULL""")
                .params(Timestamp.from(at), check.tenantId(), check.id()).update();
    }

    @Override
    public void notFound(DueCheck check) {
        jdbc.sql("""
                        UPDATE shipments SET next_check_at = NULL, tracker_state = 'not_found',
                            check_error = 'NOT_FOUND: the carrier never knew the tracking number'
                        WHERE tenant_id = ? AND id = ? AND kind = 'tracker'""")
                .params(check.tenantId(), check.id()).update();
    }

    private static String bounded(String reason) {
        return reason == null || reason.length() <= MAX_ERROR ? reason : reason.substring(0, MAX_ERROR);
    }
}
