package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.Problems;
import io.shipgate.gateway.platform.json.JsonColumns;
import io.shipgate.routes.port.CarrierSelection;
import io.shipgate.routes.port.PendingPurchase;
import io.shipgate.routes.port.PurchaseIntents;
import io.shipgate.routes.shipment.CreateShipmentCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Purchase intents in PostgreSQL ({@code purchase_intents}): a row per purchase not yet settled.
 * Opening one is a single auto-committed statement; with an Idempotency-Key the same statement
 * extends the key's lock to the purchase's lease, only while the purchase still holds the key.
 */
@Component
class JdbcPurchaseIntents implements PurchaseIntents {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcPurchaseIntents.class);
    private static final String COLUMNS = """
            id, tenant_id, idempotency_key, carrier_account_id, carrier, carrier_idempotency_key, request_hash, request,
            state, next_attempt_at, created_at, updated_at""";

    private final JdbcClient jdbc;
    private final JdbcIdempotencyKeys keys;
    private final JsonColumns json;
    private final TransactionTemplate transactions;
    private final Clock clock;

    JdbcPurchaseIntents(JdbcClient jdbc, JdbcIdempotencyKeys keys, JsonColumns json, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.json = json;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void open(CreateShipmentCommand command, UUID carrierAccountId, String carrier, Instant leaseUntil) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Object> values = List.of(command.purchaseId(), command.tenantId(), carrierAccountId, carrier,
                command.carrierIdempotencyKey(), command.requestHash(), json.write(command.request()), Timestamp.from(leaseUntil), now, now);
        if (command.idempotencyKey() == null) {
            jdbc.sql("INSERT INTO purchase_intents (" + COLUMNS + ") VALUES (?, ?, NULL, ?, ?, ?, ?, ?::jsonb, 'PENDING', ?, ?, ?)")
                    .params(values).update();
            return;
        }
        List<Object> params = new ArrayList<>(List.of(Timestamp.from(leaseUntil), command.tenantId(), command.idempotencyKey(),
                command.purchaseId()));
        params.addAll(values);
        int opened = jdbc.sql("""
                        WITH held AS (
                            UPDATE idempotency_keys SET locked_until = ?
                            WHERE tenant_id = ? AND idempotency_key = ? AND state = 'IN_PROGRESS' AND intent_id = ? RETURNING idempotency_key)
                        INSERT INTO purchase_intents (idempotency_key, id, tenant_id, carrier_account_id, carrier, carrier_idempotency_key,
                            request_hash, request, state, next_attempt_at, created_at, updated_at)
                        SELECT held.idempotency_key, ?, ?, ?, ?, ?, ?, ?::jsonb, 'PENDING', ?, ?, ? FROM held""")
                .params(params).update();
        if (opened == 0) {
            throw new ApiException(Problems.IDEMPOTENCY_KEY_IN_USE, HttpStatus.CONFLICT, "another request with Idempotency-Key '"
                    + command.idempotencyKey() + "' took the key over while this one was starting; retry to get its result");
        }
    }

    @Override
    public void abandon(CreateShipmentCommand command) {
        try {
            transactions.executeWithoutResult(tx -> {
                jdbc.sql("DELETE FROM purchase_intents WHERE tenant_id = ? AND id = ?").params(command.tenantId(), command.purchaseId()).update();
                if (command.idempotencyKey() != null) {
                    keys.release(command.tenantId(), command.idempotencyKey(), command.purchaseId());
                }
            });
        } finally {
            if (command.idempotencyKey() != null) {
                keys.released(command.tenantId(), command.idempotencyKey(), command.purchaseId());
            }
        }
    }

    @Override
    public void leaveToReconciler(CreateShipmentCommand command, String awbToVoid, String reason) {
        Instant now = clock.instant();
        Instant due = now;
        try {
            due = jdbc.sql("""
                            UPDATE purchase_intents SET state = 'RECONCILING', awb = ?, last_error = ?, updated_at = ?,
                                next_attempt_at = CASE WHEN ?::text IS NULL THEN next_attempt_at ELSE ? END
                            WHERE tenant_id = ? AND id = ? RETURNING next_attempt_at""")
                    .params(awbToVoid, reason, Timestamp.from(now), awbToVoid, Timestamp.from(now), command.tenantId(), command.purchaseId())
                    .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional().orElse(now);
        } finally {
            if (command.idempotencyKey() != null) {
                keys.leftUnresolved(command.tenantId(), command.idempotencyKey(), command.purchaseId(), due);
            }
        }
    }

    /** The purchase is recorded: its intent goes and its key completes with the shipment, in the caller's transaction (one statement). */
    @Transactional(propagation = Propagation.MANDATORY)
    void settled(CreateShipmentCommand command, UUID shipmentId) {
        if (command.idempotencyKey() != null) {
            keys.complete(command.tenantId(), command.idempotencyKey(), command.purchaseId(), shipmentId);
        } else {
            jdbc.sql("DELETE FROM purchase_intents WHERE tenant_id = ? AND id = ?").params(command.tenantId(), command.purchaseId()).update();
        }
    }

    @Override
    public List<PendingPurchase> claimDue(int limit, Instant holdUntil) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        UPDATE purchase_intents SET state = 'RECONCILING', next_attempt_at = ?, attempts = attempts + 1, updated_at = ?
                        WHERE id IN (SELECT id FROM purchase_intents WHERE state <> 'NEEDS_ATTENTION' AND next_attempt_at <= ?
                                     ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
                        RETURNING id, tenant_id, idempotency_key, carrier_account_id, request_hash, request, awb, attempts, created_at""")
                .params(Timestamp.from(holdUntil), Timestamp.from(now), Timestamp.from(now), limit)
                .query((rs, n) -> pending(rs)).list();
    }

    @Override
    public void retryLater(PendingPurchase purchase, Instant at, String reason) {
        jdbc.sql("UPDATE purchase_intents SET next_attempt_at = ?, last_error = ?, updated_at = ? WHERE tenant_id = ? AND id = ? AND state = 'RECONCILING'")
                .params(Timestamp.from(at), reason, Timestamp.from(clock.instant()), purchase.command().tenantId(), purchase.command().purchaseId())
                .update();
    }

    @Override
    public void needsAttention(PendingPurchase purchase, String reason) {
        LOG.warn("purchase {} of tenant {} needs an operator: {}", purchase.command().purchaseId(), purchase.command().tenantId(), reason);
        jdbc.sql("UPDATE purchase_intents SET state = 'NEEDS_ATTENTION', last_error = ?, updated_at = ? WHERE tenant_id = ? AND id = ?")
                .params(reason, Timestamp.from(clock.instant()), purchase.command().tenantId(), purchase.command().purchaseId())
                .update();
    }

    @Override
    public long countNeedingAttention() {
        return jdbc.sql("SELECT count(*) FROM purchase_intents WHERE state = 'NEEDS_ATTENTION'").query(Long.class).single();
    }

    /** The tenant's unsettled purchases, newest first. */
    List<PurchaseIntentView> list(UUID tenantId, PurchaseIntentState state, int limit) {
        return jdbc.sql("""
                        SELECT id, state, idempotency_key, carrier, carrier_account_id, carrier_idempotency_key, request ->> 'reference',
                               awb, attempts, last_error, created_at, next_attempt_at
                        FROM purchase_intents WHERE tenant_id = ? AND (?::text IS NULL OR state = ?)
                        ORDER BY created_at DESC, id DESC LIMIT ?""")
                .params(tenantId, state == null ? null : state.name(), state == null ? null : state.name(), limit)
                .query((rs, n) -> new PurchaseIntentView(rs.getObject(1, UUID.class), PurchaseIntentState.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getInt(9), rs.getString(10), rs.getTimestamp(11).toInstant(),
                        "NEEDS_ATTENTION".equals(rs.getString(2)) ? null : rs.getTimestamp(12).toInstant()))
                .list();
    }

    private PendingPurchase pending(ResultSet rs) throws SQLException {
        UUID tenantId = rs.getObject("tenant_id", UUID.class);
        CreateShipmentCommand command = new CreateShipmentCommand(tenantId, rs.getString("idempotency_key"), rs.getString("request_hash"),
                new CarrierSelection(rs.getObject("carrier_account_id", UUID.class), null),
                json.read(rs.getString("request"), ShipmentRequest.class), rs.getObject("id", UUID.class));
        return new PendingPurchase(command, rs.getString("awb"), rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant());
    }
}
