package io.shipgate.gateway.ratecard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The versioned rate cards ({@code rate_cards}, {@code rate_card_generation}); every read names the tenant. A card
 * is stored as its canonical CSV (what the download returns), one text value: a 10,000-line card is about 400 KB.
 */
@Repository
class RateCards {

    private final JdbcClient jdbc;

    RateCards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An active card's summary. */
    record CardSummary(long id, UUID carrierAccountId, String service, int version, String currency, int lineCount, Instant uploadedAt) {
    }

    /**
     * Stores the card as the next version of the account's card for the service and makes it the active one,
     * keeping the version it replaces as the previous one and deleting any older. Must run in a transaction: until
     * it commits, every reader sees the version in force before.
     */
    CardSummary replace(UUID tenantId, UUID accountId, String service, String currency, int lineCount, String csv, Instant now) {
        // one upload per account and service at a time: the second waits, then numbers its version after the first
        jdbc.sql("SELECT pg_advisory_xact_lock(?, ?)").params(lockKey(accountId), service.hashCode()).query((rs, n) -> 1).list();
        int version = jdbc.sql("""
                        SELECT COALESCE(max(version), 0) + 1 FROM rate_cards WHERE tenant_id = ? AND carrier_account_id = ? AND service = ?""")
                .params(tenantId, accountId, service).query(Integer.class).single();
        long id = jdbc.sql("""
                        INSERT INTO rate_cards (tenant_id, carrier_account_id, service, version, currency, line_count, card, uploaded_at, active, generation)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, false, 0) RETURNING id""")
                .params(tenantId, accountId, service, version, currency, lineCount, csv, Timestamp.from(now)).query(Long.class).single();
        jdbc.sql("DELETE FROM rate_cards WHERE tenant_id = ? AND carrier_account_id = ? AND service = ? AND id <> ? AND NOT active")
                .params(tenantId, accountId, service, id).update();
        jdbc.sql("UPDATE rate_cards SET active = false WHERE tenant_id = ? AND carrier_account_id = ? AND service = ? AND active")
                .params(tenantId, accountId, service).update();
        // last, as the generation's row lock orders activations until commit
        long generation = jdbc.sql("UPDATE rate_card_generation SET value = value + 1 RETURNING value").query(Long.class).single();
        jdbc.sql("UPDATE rate_cards SET active = true, generation = ? WHERE id = ?").params(generation, id).update();
        return new CardSummary(id, accountId, service, version, currency, lineCount, now);
    }

    /** The account's active cards, by service. */
    List<CardSummary> active(UUID tenantId, UUID accountId) {
        return jdbc.sql("""
                        SELECT id, carrier_account_id, service, version, currency, line_count, uploaded_at FROM rate_cards
                        WHERE tenant_id = ? AND carrier_account_id = ? AND active ORDER BY service""")
                .params(tenantId, accountId)
                .query((rs, n) -> new CardSummary(rs.getLong("id"), rs.getObject("carrier_account_id", UUID.class), rs.getString("service"),
                        rs.getInt("version"), rs.getString("currency"), rs.getInt("line_count"), rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    Optional<CardSummary> active(UUID tenantId, UUID accountId, String service) {
        return active(tenantId, accountId).stream().filter(c -> c.service().equals(service)).findFirst();
    }

    /** A stored card's CSV. */
    String csv(long id) {
        return jdbc.sql("SELECT card FROM rate_cards WHERE id = ?").param(id).query(String.class).single();
    }

    /** An account whose card for a service was activated, with the activation's generation. */
    record Activation(UUID tenantId, UUID carrierAccountId, long generation) {
    }

    /** The activations after {@code generation}, on any node. */
    List<Activation> activatedAfter(long generation) {
        return jdbc.sql("SELECT tenant_id, carrier_account_id, generation FROM rate_cards WHERE generation > ?")
                .param(generation)
                .query((rs, n) -> new Activation(rs.getObject("tenant_id", UUID.class), rs.getObject("carrier_account_id", UUID.class),
                        rs.getLong("generation")))
                .list();
    }

    long generation() {
        return jdbc.sql("SELECT value FROM rate_card_generation").query(Long.class).single();
    }

    private static int lockKey(UUID accountId) {
        return Long.hashCode(accountId.getMostSignificantBits() ^ accountId.getLeastSignificantBits());
    }
}
