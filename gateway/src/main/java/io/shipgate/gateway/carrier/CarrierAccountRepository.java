package io.shipgate.gateway.carrier;

import com.fasterxml.jackson.core.type.TypeReference;
import io.shipgate.gateway.support.JsonColumns;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
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
    }

    void update(CarrierAccountRecord account) {
        jdbc.sql("""
                        UPDATE carrier_accounts SET name = ?, settings = ?::jsonb, credentials = ?, credentials_key_id = ?, enabled = ?, updated_at = ?
                        WHERE tenant_id = ? AND id = ?""")
                .params(account.name(), json.write(account.settings()),
                        cipher.seal(json.write(account.credentials()), associatedData(account.tenantId(), account.id())), cipher.keyId(),
                        account.enabled(), Timestamp.from(account.updatedAt()), account.tenantId(), account.id())
                .update();
    }

    Optional<CarrierAccountRecord> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM carrier_accounts WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id).query(mapper()).optional();
    }

    /** An account by id whatever its tenant: only for carrier webhooks, which name the account in their URL. */
    Optional<CarrierAccountRecord> findForWebhook(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM carrier_accounts WHERE id = ?").param(id).query(mapper()).optional();
    }

    List<CarrierAccountRecord> list(UUID tenantId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM carrier_accounts WHERE tenant_id = ? ORDER BY created_at, id")
                .param(tenantId).query(mapper()).list();
    }

    List<CarrierAccountRecord> enabled(UUID tenantId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM carrier_accounts WHERE tenant_id = ? AND enabled ORDER BY created_at, id")
                    .param(tenantId).query(mapper()).list();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM carrier_accounts WHERE tenant_id = ? AND enabled AND id = ANY(?) ORDER BY created_at, id")
                .params(tenantId, ids.toArray(UUID[]::new)).query(mapper()).list();
    }

    List<CarrierAccountRecord> enabledOfCarrier(UUID tenantId, String carrier) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM carrier_accounts WHERE tenant_id = ? AND carrier = ? AND enabled ORDER BY created_at, id")
                .params(tenantId, carrier).query(mapper()).list();
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
