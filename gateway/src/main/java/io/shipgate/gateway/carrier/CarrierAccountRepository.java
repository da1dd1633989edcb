package io.shipgate.gateway.carrier;

import io.shipgate.gateway.platform.secrets.CredentialCipher;
import com.fasterxml.jackson.core.type.TypeReference;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.shipgate.gateway.platform.json.JsonColumns;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Carrier accounts; credentials are sealed with {@link CredentialCipher} on the way in and opened on the way out. */
@Repository
class CarrierAccountRepository {

    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, tenant_id, carrier, name, settings::text, credentials, credentials_key_id, enabled, created_at, updated_at";

    static final Duration CACHE_TTL = Duration.ofSeconds(30);

    private final Cache<UUID, List<CarrierAccountRecord>> byTenant = Caffeine.newBuilder()
            .expireAfterWrite(CACHE_TTL).maximumSize(10_000).build();
    private final JdbcClient jdbc;
    private final CredentialCipher cipher;
    private final JsonColumns json;

    CarrierAccountRepository(JdbcClient jdbc, CredentialCipher cipher, JsonColumns json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
    }

    void insert(CarrierAccountRecord account) {
        jdbc.sql("""
                        INSERT INTO carrier_accounts (id, tenant_id, carrier, name, settings, credentials, credentials_key_id, enabled, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)""")
                .params(account.id(), account.tenantId(), account.carrier(), account.name(), json.write(account.settings()),
                        cipher.seal(json.write(account.credentials()), associatedData(account.tenantId(), account.id())), cipher.keyId(),
                        account.enabled(), Timestamp.from(account.createdAt()), Timestamp.from(account.updatedAt()))
                .update();
        forget(account.tenantId());
    }

    void update(CarrierAccountRecord account) {
        jdbc.sql("""
                        UPDATE carrier_accounts SET name = ?, settings = ?::jsonb, credentials = ?, credentials_key_id = ?, enabled = ?, updated_at = ?
                        WHERE tenant_id = ? AND id = ?""")
                .params(account.name(), json.write(account.settings()),
                        cipher.seal(json.write(account.credentials()), associatedData(account.tenantId(), account.id())), cipher.keyId(),
                        account.enabled(), Timestamp.from(account.updatedAt()), account.tenantId(), account.id())
                .update();
        forget(account.tenantId());
    }

    Optional<CarrierAccountRecord> find(UUID tenantId, UUID id) {
        return list(tenantId).stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** An account by id whatever its tenant: only for carrier webhooks, which name the account in their URL. */
    Optional<CarrierAccountRecord> findForWebhook(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM carrier_accounts WHERE id = ?").param(id).query(mapper()).optional();
    }

    /**
     * The tenant's accounts, decrypted, oldest first. Remembered for {@link #CACHE_TTL} and
     * forgotten at once when this node changes one; another node sees a change within the TTL.
     */
    List<CarrierAccountRecord> list(UUID tenantId) {
        return byTenant.get(tenantId, t -> jdbc.sql("SELECT " + COLUMNS + " FROM carrier_accounts WHERE tenant_id = ? ORDER BY created_at, id")
                .param(t).query(mapper()).list());
    }

    /** The enabled accounts with these ids, or all enabled ones when {@code ids} is empty. */
    List<CarrierAccountRecord> enabled(UUID tenantId, Collection<UUID> ids) {
        return list(tenantId).stream().filter(CarrierAccountRecord::enabled).filter(a -> ids.isEmpty() || ids.contains(a.id())).toList();
    }

    List<CarrierAccountRecord> enabledOfCarrier(UUID tenantId, String carrier) {
        return list(tenantId).stream().filter(CarrierAccountRecord::enabled).filter(a -> a.carrier().equals(carrier)).toList();
    }

    /** Drops the tenant's cached accounts now and, inside a transaction, again once it commits (no stale re-read in between). */
    private void forget(UUID tenantId) {
        byTenant.invalidate(tenantId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    byTenant.invalidate(tenantId);
                }
            });
        }
    }

    private RowMapper<CarrierAccountRecord> mapper() {
        return (rs, n) -> {
            UUID id = rs.getObject("id", UUID.class);
            UUID tenantId = rs.getObject("tenant_id", UUID.class);
            String credentials = cipher.open(rs.getBytes("credentials"), associatedData(tenantId, id), rs.getString("credentials_key_id"));
            return new CarrierAccountRecord(id, tenantId, rs.getString("carrier"), rs.getString("name"),
                    json.read(rs.getString("settings"), STRING_MAP), json.read(credentials, STRING_MAP), rs.getBoolean("enabled"),
                    rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
        };
    }

    private static String associatedData(UUID tenantId, UUID accountId) {
        return "shipgate:carrier-account:" + tenantId + ":" + accountId;
    }


}
