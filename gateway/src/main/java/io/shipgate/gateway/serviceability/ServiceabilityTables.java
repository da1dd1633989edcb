package io.shipgate.gateway.serviceability;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The versioned serviceability tables ({@code serviceability_tables}, {@code serviceability_rows},
 * {@code serviceability_generation}); every read names the tenant. Rows are loaded with PostgreSQL's
 * {@code COPY ... FROM STDIN} through pgjdbc's copy API, the fast path for a 100,000-row file.
 */
@Repository
class ServiceabilityTables {

    /** Bytes handed to COPY at a time. */
    private static final int COPY_CHUNK = 256 * 1024;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    ServiceabilityTables(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** An active table's summary. */
    record TableSummary(long id, UUID carrierAccountId, int version, int rowCount, String currency, Instant uploadedAt) {
    }

    /**
     * Stores {@code rows} as the account's next version and makes it the active one, keeping the version
     * it replaces as the previous one and deleting any older. Must run in a transaction: until it
     * commits, every reader sees the version in force before, whole.
     */
    TableSummary replace(UUID tenantId, UUID accountId, String currency, List<ServiceabilityRow> rows, Instant now) {
        // one upload per account at a time: the second waits, then numbers its version after the first
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(lockKey(accountId)).query((rs, n) -> 1).list();
        int version = jdbc.sql("SELECT COALESCE(max(version), 0) + 1 FROM serviceability_tables WHERE tenant_id = ? AND carrier_account_id = ?")
                .params(tenantId, accountId).query(Integer.class).single();
        long id = jdbc.sql("""
                        INSERT INTO serviceability_tables (tenant_id, carrier_account_id, version, row_count, currency, uploaded_at, active, generation)
                        VALUES (?, ?, ?, ?, ?, ?, false, 0) RETURNING id""")
                .params(tenantId, accountId, version, rows.size(), currency, Timestamp.from(now)).query(Long.class).single();
        copy(id, rows);
        // keep the version in force (it becomes the previous one) and the new one
        jdbc.sql("""
                        DELETE FROM serviceability_tables WHERE tenant_id = ? AND carrier_account_id = ? AND id <> ? AND NOT active""")
                .params(tenantId, accountId, id).update();
        jdbc.sql("UPDATE serviceability_tables SET active = false WHERE tenant_id = ? AND carrier_account_id = ? AND active")
                .params(tenantId, accountId).update();
        // last, as the generation's row lock orders activations across accounts until commit
        long generation = jdbc.sql("UPDATE serviceability_generation SET value = value + 1 RETURNING value").query(Long.class).single();
        jdbc.sql("UPDATE serviceability_tables SET active = true, generation = ? WHERE id = ?").params(generation, id).update();
        return new TableSummary(id, accountId, version, rows.size(), currency, now);
    }

    Optional<TableSummary> active(UUID tenantId, UUID accountId) {
        return jdbc.sql("""
                        SELECT id, carrier_account_id, version, row_count, currency, uploaded_at FROM serviceability_tables
                        WHERE tenant_id = ? AND carrier_account_id = ? AND active""")
                .params(tenantId, accountId)
                .query((rs, n) -> new TableSummary(rs.getLong("id"), rs.getObject("carrier_account_id", UUID.class), rs.getInt("version"),
                        rs.getInt("row_count"), rs.getString("currency"), rs.getTimestamp("uploaded_at").toInstant()))
                .optional();
    }

    /** The rows of a table, in no particular order. */
    void rows(long tableId, Consumer<ServiceabilityRow> each) {
        jdbc.sql("""
                        SELECT country, postal_code, prepaid, cod, cod_limit, pickup, reverse_pickup, oda, embargo
                        FROM serviceability_rows WHERE table_id = ?""")
                .param(tableId)
                .query(rs -> {
                    BigDecimal limit = rs.getBigDecimal("cod_limit");
                    each.accept(new ServiceabilityRow(rs.getString("country"), rs.getString("postal_code"), rs.getBoolean("prepaid"),
                            rs.getBoolean("cod"), limit == null ? null : limit.stripTrailingZeros(), rs.getBoolean("pickup"),
                            rs.getBoolean("reverse_pickup"), rs.getBoolean("oda"), rs.getBoolean("embargo")));
                });
    }

    /** An account whose table was activated, with the activation's generation. */
    record Activation(UUID tenantId, UUID carrierAccountId, long generation) {
    }

    /** The activations after {@code generation}, on any node. */
    List<Activation> activatedAfter(long generation) {
        return jdbc.sql("SELECT tenant_id, carrier_account_id, generation FROM serviceability_tables WHERE generation > ?")
                .param(generation)
                .query((rs, n) -> new Activation(rs.getObject("tenant_id", UUID.class), rs.getObject("carrier_account_id", UUID.class),
                        rs.getLong("generation")))
                .list();
    }

    long generation() {
        return jdbc.sql("SELECT value FROM serviceability_generation").query(Long.class).single();
    }

    /** The rows in COPY's text format: tab-separated, {@code \N} for null; the values hold no tab, newline or backslash. */
    private void copy(long tableId, List<ServiceabilityRow> rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    COPY serviceability_rows (table_id, country, postal_code, prepaid, cod, cod_limit, pickup, reverse_pickup, oda, embargo)
                    FROM STDIN""");
            try {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream(COPY_CHUNK + 1024);
                StringBuilder line = new StringBuilder(96);
                String table = Long.toString(tableId);
                for (ServiceabilityRow row : rows) {
                    line.setLength(0);
                    line.append(table).append('\t').append(row.country()).append('\t').append(row.postalCode()).append('\t')
                            .append(flag(row.prepaid())).append('\t').append(flag(row.cod())).append('\t')
                            .append(row.codLimit() == null ? "\\N" : row.codLimit().toPlainString()).append('\t')
                            .append(flag(row.pickup())).append('\t').append(flag(row.reversePickup())).append('\t')
                            .append(flag(row.oda())).append('\t').append(flag(row.embargo())).append('\n');
                    buffer.writeBytes(line.toString().getBytes(StandardCharsets.US_ASCII));
                    if (buffer.size() >= COPY_CHUNK) {
                        copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                        buffer.reset();
                    }
                }
                if (buffer.size() > 0) {
                    copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                }
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into serviceability_rows failed (" + e.getSQLState() + ")", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static char flag(boolean value) {
        return value ? 't' : 'f';
    }

    private static long lockKey(UUID accountId) {
        return accountId.getMostSignificantBits() ^ accountId.getLeastSignificantBits();
    }
}
