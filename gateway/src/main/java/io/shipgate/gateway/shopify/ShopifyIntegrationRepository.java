package io.shipgate.gateway.shopify;

import io.shipgate.gateway.platform.secrets.CredentialCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Shopify integrations, one per tenant; the app's secret is sealed with the {@link CredentialCipher} on the way in and opened on the way out. */
@Repository
class ShopifyIntegrationRepository {

    private final JdbcClient jdbc;
    private final CredentialCipher cipher;

    ShopifyIntegrationRepository(JdbcClient jdbc, CredentialCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** A tenant's integration; {@link #secret} is the app's shared secret in clear. */
    record Integration(UUID tenantId, boolean enabled, String secret, List<UUID> carrierAccountIds, List<String> services,
                       BigDecimal markupPercent, int handlingDays, LocalTime cutOff, ZoneId timeZone, Instant updatedAt) {
        @Override
        public String toString() {
            return "Integration[tenant=" + tenantId + ", enabled=" + enabled + ", secret hidden]";
        }
    }

    Optional<Integration> find(UUID tenantId) {
        return jdbc.sql("""
                        SELECT tenant_id, enabled, secret, secret_key_id, carrier_account_ids, services, markup_percent, handling_days,
                               cut_off, time_zone, updated_at
                        FROM shopify_integrations WHERE tenant_id = ?""")
                .param(tenantId)
                .query((rs, n) -> {
                    Time cutOff = rs.getTime("cut_off");
                    return new Integration(tenantId, rs.getBoolean("enabled"),
                            cipher.open(rs.getBytes("secret"), associatedData(tenantId), rs.getString("secret_key_id")),
                            Arrays.asList((UUID[]) rs.getArray("carrier_account_ids").getArray()),
                            Arrays.asList((String[]) rs.getArray("services").getArray()), rs.getBigDecimal("markup_percent"),
                            rs.getInt("handling_days"), cutOff == null ? null : cutOff.toLocalTime(), ZoneId.of(rs.getString("time_zone")),
                            rs.getTimestamp("updated_at").toInstant());
                })
                .optional();
    }

    void save(Integration integration) {
        jdbc.sql("""
                        INSERT INTO shopify_integrations (tenant_id, enabled, secret, secret_key_id, carrier_account_ids, services, markup_percent,
                                                          handling_days, cut_off, time_zone, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (tenant_id) DO UPDATE SET enabled = EXCLUDED.enabled, secret = EXCLUDED.secret,
                            secret_key_id = EXCLUDED.secret_key_id, carrier_account_ids = EXCLUDED.carrier_account_ids,
                            services = EXCLUDED.services, markup_percent = EXCLUDED.markup_percent, handling_days = EXCLUDED.handling_days,
                            cut_off = EXCLUDED.cut_off, time_zone = EXCLUDED.time_zone, updated_at = EXCLUDED.updated_at""")
                .params(integration.tenantId(), integration.enabled(), cipher.seal(integration.secret(), associatedData(integration.tenantId())),
                        cipher.keyId(), integration.carrierAccountIds().toArray(UUID[]::new), integration.services().toArray(String[]::new),
                        integration.markupPercent(), integration.handlingDays(),
                        integration.cutOff() == null ? null : Time.valueOf(integration.cutOff()), integration.timeZone().getId(),
                        Timestamp.from(integration.updatedAt()))
                .update();
    }

    private static String associatedData(UUID tenantId) {
        return "shopify_integrations:" + tenantId;
    }
}
