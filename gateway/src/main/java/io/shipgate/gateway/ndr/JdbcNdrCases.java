package io.shipgate.gateway.ndr;

import io.shipgate.gateway.platform.paging.NewestFirst;
import io.shipgate.carrier.model.NdrReason;
import io.shipgate.gateway.platform.Ids;
import io.shipgate.gateway.shipment.ShipmentOrders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The NDR cases and their attempts ({@code ndr_cases}, {@code ndr_attempts}): plain statements, run in the caller's
 * transaction. Which case changes and which event goes out is decided by {@link NdrTracking}, {@link NdrCasePort} and
 * {@link NdrService}.
 */
@Component
class JdbcNdrCases {

    static final String COLUMNS = """
            id, tenant_id, shipment_id, carrier_account_id, carrier, awb, status, outcome, reason, attempts, out_for_delivery_count,
            carrier_code, carrier_remarks, first_attempt_at, last_attempt_at, action_deadline, payment_mode, order_value, order_currency,
            destination_country, destination_postal_code, policy_attempt, policy_id, created_at, updated_at, closed_at""";

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcNdrCases(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The shipment's case that is not closed, locked until the transaction ends. */
    Optional<NdrCase> lockOpen(UUID tenantId, UUID shipmentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ndr_cases WHERE tenant_id = ? AND shipment_id = ? AND status <> 'closed' FOR UPDATE")
                .params(tenantId, shipmentId).query(JdbcNdrCases::row).optional();
    }

    /** The tenant's case, locked until the transaction ends. */
    Optional<NdrCase> lock(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ndr_cases WHERE tenant_id = ? AND id = ? FOR UPDATE")
                .params(tenantId, id).query(JdbcNdrCases::row).optional();
    }

    /** The shipment's case that is not closed, if any (not locked). */
    Optional<NdrCase> findOpen(UUID tenantId, UUID shipmentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ndr_cases WHERE tenant_id = ? AND shipment_id = ? AND status <> 'closed'")
                .params(tenantId, shipmentId).query(JdbcNdrCases::row).optional();
    }

    Optional<NdrCase> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ndr_cases WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id).query(JdbcNdrCases::row).optional();
    }

    /** A new case with its first attempt, due for its policies now. */
    NdrCase raise(UUID tenantId, ShipmentOrders.ShipmentOrder order, NdrReason reason, String carrierCode, String remarks,
                  Instant attemptedAt, Instant deadline) {
        Instant now = clock.instant();
        UUID id = Ids.newId(clock);
        jdbc.sql("""
                        INSERT INTO ndr_cases (id, tenant_id, shipment_id, carrier_account_id, carrier, awb, status, reason, attempts,
                            out_for_delivery_count, carrier_code, carrier_remarks, first_attempt_at, last_attempt_at, action_deadline,
                            payment_mode, order_value, order_currency, destination_country, destination_postal_code, next_attempt_at,
                            created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'open', ?, 1, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, tenantId, order.shipmentId(), order.carrierAccountId(), order.carrier(), order.awb(), reason.name(), carrierCode,
                        remarks, Timestamp.from(attemptedAt), Timestamp.from(attemptedAt), Timestamp.from(deadline),
                        order.cashOnDelivery() ? "COD" : "PREPAID", order.orderValue(), order.orderCurrency(), order.destinationCountry(),
                        order.destinationPostalCode(), Timestamp.from(now), Timestamp.from(now), Timestamp.from(now))
                .update();
        addAttempt(tenantId, id, 1, reason, carrierCode, remarks, attemptedAt);
        return find(tenantId, id).orElseThrow();
    }

    /** Records attempt number {@code attempt}; false when the case has this attempt already (the same scan, reported again). */
    boolean addAttempt(UUID tenantId, UUID caseId, int attempt, NdrReason reason, String carrierCode, String remarks, Instant attemptedAt) {
        return jdbc.sql("""
                        INSERT INTO ndr_attempts (case_id, attempt, tenant_id, reason, carrier_code, carrier_remarks, attempted_at, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(caseId, attempt, tenantId, reason.name(), carrierCode, remarks, Timestamp.from(attemptedAt),
                        Timestamp.from(clock.instant()))
                .update() == 1;
    }

    /** Another failed attempt: the case is open again with a new deadline, due for its policies now. */
    NdrCase attemptFailed(NdrCase c, NdrReason reason, String carrierCode, String remarks, Instant attemptedAt, Instant deadline) {
        Instant now = clock.instant();
        jdbc.sql("""
                        UPDATE ndr_cases SET status = 'open', attempts = attempts + 1, out_for_delivery_count = GREATEST(out_for_delivery_count, attempts + 1),
                            reason = ?, carrier_code = ?, carrier_remarks = ?, first_attempt_at = LEAST(first_attempt_at, ?),
                            last_attempt_at = GREATEST(last_attempt_at, ?), action_deadline = ?, next_attempt_at = ?, job_attempts = 0,
                            last_error = NULL, updated_at = ?
                        WHERE tenant_id = ? AND id = ?""")
                .params(reason.name(), carrierCode, remarks, Timestamp.from(attemptedAt), Timestamp.from(attemptedAt), Timestamp.from(deadline),
                        Timestamp.from(now), Timestamp.from(now), c.tenantId(), c.id())
                .update();
        return find(c.tenantId(), c.id()).orElseThrow();
    }

    /** The shipment went out for delivery again while its case runs. */
    void outForDelivery(UUID tenantId, UUID shipmentId) {
        jdbc.sql("""
                        UPDATE ndr_cases SET out_for_delivery_count = out_for_delivery_count + 1, updated_at = ?
                        WHERE tenant_id = ? AND shipment_id = ? AND status <> 'closed'""")
                .params(Timestamp.from(clock.instant()), tenantId, shipmentId).update();
    }

    /** Closes the shipment's case that is not closed, if any; returns it as it was. */
    Optional<NdrCase> close(UUID tenantId, UUID shipmentId, String outcome) {
        Optional<NdrCase> open = lockOpen(tenantId, shipmentId);
        open.ifPresent(c -> closeCase(c, outcome));
        return open;
    }

    void closeCase(NdrCase c, String outcome) {
        Instant now = clock.instant();
        jdbc.sql("""
                        UPDATE ndr_cases SET status = 'closed', outcome = ?, closed_at = ?, next_attempt_at = NULL, updated_at = ?
                        WHERE tenant_id = ? AND id = ?""")
                .params(outcome, Timestamp.from(now), Timestamp.from(now), c.tenantId(), c.id()).update();
    }

    /** The case moved to actioned by an accepted or pending action (of {@code policyId}, if a policy took it). */
    void actioned(NdrCase c, UUID policyId) {
        jdbc.sql("""
                        UPDATE ndr_cases SET status = 'actioned', policy_id = COALESCE(?, policy_id), updated_at = ?
                        WHERE tenant_id = ? AND id = ? AND status <> 'closed'""")
                .params(policyId, Timestamp.from(clock.instant()), c.tenantId(), c.id()).update();
    }

    /**
     * The policies were evaluated for {@code attempt} ({@code policyId}: the one that acted or escalated, if any). Due again
     * now when a newer attempt is waiting for them, else at the deadline while open, else never.
     */
    void policiesDone(NdrCase c, int attempt, UUID policyId) {
        jdbc.sql("""
                        UPDATE ndr_cases SET policy_attempt = GREATEST(policy_attempt, ?), policy_id = COALESCE(?, policy_id), job_attempts = 0,
                            last_error = NULL, updated_at = ?,
                            next_attempt_at = CASE WHEN status = 'closed' THEN NULL WHEN attempts > GREATEST(policy_attempt, ?) THEN ?
                                                   WHEN status = 'open' THEN action_deadline ELSE NULL END
                        WHERE tenant_id = ? AND id = ?""")
                .params(attempt, policyId, Timestamp.from(clock.instant()), attempt, Timestamp.from(clock.instant()), c.tenantId(), c.id())
                .update();
    }

    /** Nothing for the job to do before the deadline: due then while open, else never. */
    void dueAtDeadline(NdrCase c) {
        jdbc.sql("""
                        UPDATE ndr_cases SET job_attempts = 0, last_error = NULL,
                            next_attempt_at = CASE WHEN status = 'open' THEN action_deadline ELSE NULL END
                        WHERE tenant_id = ? AND id = ?""")
                .params(c.tenantId(), c.id()).update();
    }

    List<NdrAttemptView> attempts(UUID tenantId, UUID caseId) {
        return jdbc.sql("""
                        SELECT attempt, reason, carrier_code, carrier_remarks, attempted_at FROM ndr_attempts
                        WHERE tenant_id = ? AND case_id = ? ORDER BY attempt""")
                .params(tenantId, caseId)
                .query((rs, n) -> new NdrAttemptView(rs.getInt("attempt"), NdrReason.valueOf(rs.getString("reason")),
                        rs.getString("carrier_code"), rs.getString("carrier_remarks"), rs.getTimestamp("attempted_at").toInstant()))
                .list();
    }

    /** A page of the tenant's cases, newest first: up to {@code limit + 1} rows (one more tells there is a next page). */
    List<NdrCase> list(UUID tenantId, NdrCaseQuery q) {
        NewestFirst sql = new NewestFirst("SELECT " + COLUMNS + " FROM ndr_cases WHERE tenant_id = ?", tenantId)
                .and("status = ?", q.status())
                .and("carrier = ?", q.carrier())
                .and("reason = ?", q.reason())
                .and("attempts = ?", q.attempts())
                .and("created_at < ?", q.raisedBefore())
                .and("created_at > ?", q.raisedAfter())
                .page(q.after(), q.limit());
        return jdbc.sql(sql.sql()).params(sql.params()).query(JdbcNdrCases::row).list();
    }

    static NdrCase row(ResultSet rs, int n) throws SQLException {
        BigDecimal value = rs.getBigDecimal("order_value");
        return new NdrCase(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class), rs.getObject("shipment_id", UUID.class),
                rs.getObject("carrier_account_id", UUID.class), rs.getString("carrier"), rs.getString("awb"), rs.getString("status"),
                rs.getString("outcome"), NdrReason.valueOf(rs.getString("reason")), rs.getInt("attempts"), rs.getInt("out_for_delivery_count"),
                rs.getString("carrier_code"), rs.getString("carrier_remarks"), instant(rs.getTimestamp("first_attempt_at")),
                instant(rs.getTimestamp("last_attempt_at")), instant(rs.getTimestamp("action_deadline")), rs.getString("payment_mode"),
                value == null ? null : value.stripTrailingZeros(), rs.getString("order_currency"), rs.getString("destination_country"),
                rs.getString("destination_postal_code"), rs.getInt("policy_attempt"), rs.getObject("policy_id", UUID.class),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")), instant(rs.getTimestamp("closed_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
