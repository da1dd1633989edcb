package io.shipgate.gateway.batch;

import io.shipgate.gateway.platform.json.JsonColumns;
import io.shipgate.routes.port.BatchRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The tables {@code batches} and {@code batch_rows}; every query of the API names the tenant. */
@Repository
class JdbcBatches {

    /** A stored batch, without its counts. */
    record Batch(UUID id, String source, boolean testMode, UUID labelProfileId, int totalRows, Instant createdAt, Instant completedAt) {
    }

    /** A row as stored for intake: its state, the request JSON, and, bought before, the shipment. */
    record NewRow(int number, String reference, BatchRowState state, String requestJson, UUID carrierAccountId, String carrier,
                  UUID shipmentId, String awb, String problemJson) {
    }

    /** A row the worker buys: its request JSON and the batch's mode. */
    record RowToBuy(String reference, String requestJson, boolean testMode) {
    }

    /** A created row's shipment, for the labels. */
    record CreatedRow(int number, UUID shipmentId) {
    }

    private static final RowMapper<Batch> BATCH = (rs, n) -> new Batch(rs.getObject("id", UUID.class), rs.getString("source"),
            rs.getBoolean("test_mode"), rs.getObject("label_profile_id", UUID.class), rs.getInt("total_rows"), rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("completed_at") == null ? null : rs.getTimestamp("completed_at").toInstant());
    private static final String BATCH_COLUMNS = "id, source, test_mode, label_profile_id, total_rows, created_at, completed_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonColumns json;

    JdbcBatches(JdbcClient jdbc, JdbcTemplate template, JsonColumns json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    /** Stores a batch and its rows (in the caller's transaction); complete at once when no row is pending. */
    void insert(UUID tenantId, UUID id, BatchFile.Source source, boolean testMode, UUID labelProfileId, List<NewRow> rows, Instant now) {
        boolean complete = rows.stream().noneMatch(r -> r.state() == BatchRowState.PENDING);
        jdbc.sql("INSERT INTO batches (id, tenant_id, source, test_mode, label_profile_id, total_rows, created_at, completed_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, tenantId, source.column(), testMode, labelProfileId, rows.size(), Timestamp.from(now), complete ? Timestamp.from(now) : null)
                .update();
        Timestamp at = Timestamp.from(now);
        template.batchUpdate("INSERT INTO batch_rows (batch_id, row_number, tenant_id, reference, state, request, carrier_account_id, carrier, "
                        + "next_attempt_at, shipment_id, awb, replayed, problem, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)", rows, 1000, (ps, r) -> {
            ps.setObject(1, id);
            ps.setInt(2, r.number());
            ps.setObject(3, tenantId);
            ps.setString(4, r.reference());
            ps.setString(5, r.state().wireName());
            ps.setString(6, r.requestJson());
            ps.setObject(7, r.carrierAccountId(), Types.OTHER);
            ps.setString(8, r.carrier());
            ps.setTimestamp(9, r.state() == BatchRowState.PENDING ? at : null);
            ps.setObject(10, r.shipmentId(), Types.OTHER);
            ps.setString(11, r.awb());
            ps.setBoolean(12, r.state() == BatchRowState.CREATED);
            ps.setString(13, r.problemJson());
            ps.setTimestamp(14, at);
        });
    }

    /** The shipments earlier batches bought for these references: reference -> (shipment id, AWB). */
    Map<String, String[]> boughtBefore(UUID tenantId, List<String> references) {
        Map<String, String[]> bought = new HashMap<>();
        for (int from = 0; from < references.size(); from += 1000) {
            String[] chunk = references.subList(from, Math.min(references.size(), from + 1000)).toArray(String[]::new);
            jdbc.sql("SELECT DISTINCT ON (reference) reference, shipment_id, awb FROM batch_rows "
                            + "WHERE tenant_id = ? AND state = 'created' AND reference = ANY(?) ORDER BY reference, updated_at")
                    .params(tenantId, chunk)
                    .query((rs, n) -> bought.put(rs.getString("reference"), new String[]{rs.getString("shipment_id"), rs.getString("awb")}))
                    .list();
        }
        return bought;
    }

    Optional<Batch> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + BATCH_COLUMNS + " FROM batches WHERE tenant_id = ? AND id = ?").params(tenantId, id).query(BATCH).optional();
    }

    /** The tenant's batches, newest first, after the cursor's (created_at, id); one more than the limit, to tell a next page. */
    List<Batch> list(UUID tenantId, Instant beforeCreatedAt, UUID beforeId, int limit) {
        return jdbc.sql("SELECT " + BATCH_COLUMNS + " FROM batches WHERE tenant_id = ? "
                        + (beforeCreatedAt == null ? "" : "AND (created_at, id) < (?, ?) ") + "ORDER BY created_at DESC, id DESC LIMIT ?")
                .params(beforeCreatedAt == null ? List.of(tenantId, limit + 1)
                        : List.of(tenantId, Timestamp.from(beforeCreatedAt), beforeId, limit + 1))
                .query(BATCH).list();
    }

    /** The batches' rows counted by state. */
    Map<UUID, BatchCountsView> counts(UUID tenantId, List<UUID> batchIds) {
        Map<UUID, int[]> counts = new HashMap<>();
        jdbc.sql("SELECT batch_id, state, count(*) AS n FROM batch_rows WHERE tenant_id = ? AND batch_id = ANY(?) GROUP BY batch_id, state")
                .params(tenantId, batchIds.toArray(UUID[]::new))
                .query((rs, n) -> counts.computeIfAbsent(rs.getObject("batch_id", UUID.class), k -> new int[4])
                        [BatchRowState.of(rs.getString("state")).ordinal()] = rs.getInt("n"))
                .list();
        Map<UUID, BatchCountsView> views = new HashMap<>();
        for (UUID id : batchIds) {
            int[] c = counts.getOrDefault(id, new int[4]);
            views.put(id, new BatchCountsView(c[0] + c[1] + c[2] + c[3], c[0], c[1], c[2], c[3]));
        }
        return views;
    }

    /** A page of a batch's rows in row order, after row {@code after}; one more than the limit. */
    List<BatchRowView> rows(UUID tenantId, UUID batchId, BatchRowState state, int after, int limit) {
        return jdbc.sql("SELECT row_number, reference, state, shipment_id, awb, replayed, attempts, problem FROM batch_rows "
                        + "WHERE tenant_id = ? AND batch_id = ? AND row_number > ? " + (state == null ? "" : "AND state = ? ")
                        + "ORDER BY row_number LIMIT ?")
                .params(state == null ? List.of(tenantId, batchId, after, limit + 1)
                        : List.of(tenantId, batchId, after, state.wireName(), limit + 1))
                .query((rs, n) -> new BatchRowView(rs.getInt("row_number"), rs.getString("reference"), BatchRowState.of(rs.getString("state")),
                        rs.getObject("shipment_id", UUID.class), rs.getString("awb"),
                        rs.getBoolean("replayed") ? Boolean.TRUE : null, rs.getInt("attempts"),
                        rs.getString("problem") == null ? null : json.read(rs.getString("problem"), BatchRowProblemView.class)))
                .list();
    }

    /** A page of the created rows' shipments in row order, after row {@code after}. */
    List<CreatedRow> createdRows(UUID tenantId, UUID batchId, int after, int limit) {
        return jdbc.sql("SELECT row_number, shipment_id FROM batch_rows WHERE tenant_id = ? AND batch_id = ? AND row_number > ? "
                        + "AND state = 'created' ORDER BY row_number LIMIT ?")
                .params(tenantId, batchId, after, limit)
                .query((rs, n) -> new CreatedRow(rs.getInt("row_number"), rs.getObject("shipment_id", UUID.class)))
                .list();
    }

    // ---- the worker's (BatchRows): no tenant given, each row names its own ----

    List<BatchRow> claimDue(Instant now, Instant holdUntil, int limit) {
        return jdbc.sql("UPDATE batch_rows r SET next_attempt_at = ?, attempts = r.attempts + 1, updated_at = ? "
                        + "FROM (SELECT batch_id, row_number FROM batch_rows WHERE state = 'pending' AND next_attempt_at <= ? "
                        + "ORDER BY next_attempt_at, batch_id, row_number LIMIT ? FOR UPDATE SKIP LOCKED) due "
                        + "WHERE r.batch_id = due.batch_id AND r.row_number = due.row_number "
                        + "RETURNING r.batch_id, r.row_number, r.tenant_id, r.carrier_account_id, r.carrier, r.attempts")
                .params(Timestamp.from(holdUntil), Timestamp.from(now), Timestamp.from(now), limit)
                .query((rs, n) -> new BatchRow(rs.getObject("batch_id", UUID.class), rs.getInt("row_number"), rs.getObject("tenant_id", UUID.class),
                        rs.getObject("carrier_account_id", UUID.class), rs.getString("carrier"), rs.getInt("attempts")))
                .list();
    }

    Optional<RowToBuy> toBuy(BatchRow row) {
        return jdbc.sql("SELECT r.reference, r.request, b.test_mode FROM batch_rows r JOIN batches b ON b.id = r.batch_id "
                        + "WHERE r.batch_id = ? AND r.row_number = ? AND r.state = 'pending'")
                .params(row.batchId(), row.rowNumber())
                .query((rs, n) -> new RowToBuy(rs.getString("reference"), rs.getString("request"), rs.getBoolean("test_mode")))
                .optional();
    }

    void created(BatchRow row, UUID shipmentId, String awb, boolean replayed, Instant now) {
        jdbc.sql("UPDATE batch_rows SET state = 'created', shipment_id = ?, awb = ?, replayed = ?, next_attempt_at = NULL, last_error = NULL, "
                        + "updated_at = ? WHERE batch_id = ? AND row_number = ? AND state = 'pending'")
                .params(shipmentId, awb, replayed, Timestamp.from(now), row.batchId(), row.rowNumber()).update();
        completeIfDone(row.batchId(), now);
    }

    void failed(BatchRow row, String problemJson, String reason, Instant now) {
        jdbc.sql("UPDATE batch_rows SET state = 'failed', problem = ?::jsonb, last_error = ?, next_attempt_at = NULL, updated_at = ? "
                        + "WHERE batch_id = ? AND row_number = ? AND state = 'pending'")
                .params(problemJson, reason, Timestamp.from(now), row.batchId(), row.rowNumber()).update();
        completeIfDone(row.batchId(), now);
    }

    void dueAgain(BatchRow row, Instant at, String reason, boolean countAttempt, Instant now) {
        jdbc.sql("UPDATE batch_rows SET next_attempt_at = ?, last_error = coalesce(?::text, last_error), updated_at = ?"
                        + (countAttempt ? "" : ", attempts = greatest(attempts - 1, 0)") + " WHERE batch_id = ? AND row_number = ? AND state = 'pending'")
                .params(Timestamp.from(at), reason, Timestamp.from(now), row.batchId(), row.rowNumber()).update();
    }

    private void completeIfDone(UUID batchId, Instant now) {
        jdbc.sql("UPDATE batches SET completed_at = ? WHERE id = ? AND completed_at IS NULL "
                        + "AND NOT EXISTS (SELECT 1 FROM batch_rows WHERE batch_id = ? AND state = 'pending')")
                .params(Timestamp.from(now), batchId, batchId).update();
    }
}
