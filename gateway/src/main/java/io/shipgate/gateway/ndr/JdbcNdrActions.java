package io.shipgate.gateway.ndr;

import io.shipgate.gateway.platform.json.JsonColumns;
import io.shipgate.gateway.shipment.AddressView;
import io.shipgate.gateway.shipment.ShipmentMapper;
import io.shipgate.routes.ndr.NdrActionCommand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The actions taken on NDR cases ({@code ndr_actions}): plain statements in the caller's transaction. */
@Component
class JdbcNdrActions {

    /** The request as recorded with the action (the tenant's own data: its API shows it back). */
    record RecordedRequest(LocalDate deferredDate, AddressView newAddress, String newPhone, String remarks) {
    }

    private static final String COLUMNS = """
            id, case_id, attempt, action, source, actor, policy_id, request::text AS request, status, carrier_request_id, carrier_code,
            carrier_message, created_at, answered_at""";

    /** Longer than any carrier call (the operation timeout and the breaker): a running action this old was interrupted. */
    static final Duration STALE = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final JsonColumns json;
    private final Clock clock;

    JdbcNdrActions(JdbcClient jdbc, JsonColumns json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** The running, accepted or pending action of the case's attempt, if there is one. */
    Optional<NdrActionView> taken(UUID tenantId, UUID caseId, int attempt) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ndr_actions WHERE tenant_id = ? AND case_id = ? AND attempt = ? AND status <> 'rejected'")
                .params(tenantId, caseId, attempt).query(this::view).optional();
    }

    /**
     * The action, running, for the case's attempt; false when another one took the attempt first (the unique index). A
     * running action older than {@link #STALE} never got its answer recorded (its node stopped): it is forgotten first.
     */
    boolean start(NdrActionCommand command, int attempt) {
        jdbc.sql("DELETE FROM ndr_actions WHERE tenant_id = ? AND case_id = ? AND attempt = ? AND status = 'running' AND created_at < ?")
                .params(command.tenantId(), command.caseId(), attempt, Timestamp.from(clock.instant().minus(STALE))).update();
        RecordedRequest request = new RecordedRequest(command.deferredDate(), ShipmentMapper.view(command.newAddress()), command.newPhone(),
                command.remarks());
        return jdbc.sql("""
                        INSERT INTO ndr_actions (id, tenant_id, case_id, attempt, action, source, actor, policy_id, request, status, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, 'running', ?)
                        ON CONFLICT (case_id, attempt) WHERE status <> 'rejected' DO NOTHING""")
                .params(command.actionId(), command.tenantId(), command.caseId(), attempt, NdrActionNames.apiName(command.action()),
                        command.policyId() == null ? "api" : "policy", command.actor(), command.policyId(), json.write(request),
                        Timestamp.from(clock.instant()))
                .update() == 1;
    }

    int count(UUID tenantId, UUID caseId) {
        return jdbc.sql("SELECT count(*) FROM ndr_actions WHERE tenant_id = ? AND case_id = ?").params(tenantId, caseId)
                .query(Integer.class).single();
    }

    /** The carrier's answer: {@code status} accepted, pending or rejected. */
    void answer(UUID tenantId, UUID actionId, String status, String carrierRequestId, String carrierCode, String carrierMessage) {
        jdbc.sql("""
                        UPDATE ndr_actions SET status = ?, carrier_request_id = ?, carrier_code = ?, carrier_message = ?, answered_at = ?
                        WHERE tenant_id = ? AND id = ? AND status = 'running'""")
                .params(status, carrierRequestId, carrierCode, carrierMessage == null || carrierMessage.length() <= 1000 ? carrierMessage
                        : carrierMessage.substring(0, 1000), Timestamp.from(clock.instant()), tenantId, actionId)
                .update();
    }

    /** Forgets a running action that got no answer. */
    void forget(UUID tenantId, UUID actionId) {
        jdbc.sql("DELETE FROM ndr_actions WHERE tenant_id = ? AND id = ? AND status = 'running'").params(tenantId, actionId).update();
    }

    Optional<NdrActionView> find(UUID tenantId, UUID actionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ndr_actions WHERE tenant_id = ? AND id = ?")
                .params(tenantId, actionId).query(this::view).optional();
    }

    List<NdrActionView> ofCase(UUID tenantId, UUID caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ndr_actions WHERE tenant_id = ? AND case_id = ? ORDER BY created_at, id")
                .params(tenantId, caseId).query(this::view).list();
    }

    private NdrActionView view(ResultSet rs, int n) throws SQLException {
        RecordedRequest request = json.read(rs.getString("request"), RecordedRequest.class);
        return new NdrActionView(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getInt("attempt"),
                rs.getString("action"), rs.getString("source"), rs.getString("actor"), rs.getObject("policy_id", UUID.class),
                request.deferredDate(), request.newAddress(), request.newPhone(), request.remarks(), rs.getString("status"),
                rs.getString("carrier_request_id"), rs.getString("carrier_code"), rs.getString("carrier_message"),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("answered_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
