package io.shipgate.gateway.returns;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tenants' return rules ({@code return_rules}, one row per tenant that set them). */
@Component
class ReturnRules {

    /** A tenant's rules; the defaults (no window, nothing excluded) for a tenant that never set them. */
    record Rules(Integer windowDays, List<ReturnReason> nonReturnableReasons, List<String> nonReturnableSkus, Instant updatedAt) {

        static final Rules DEFAULTS = new Rules(null, List.of(), List.of(), null);

        ReturnRulesView view() {
            return new ReturnRulesView(windowDays, nonReturnableReasons, nonReturnableSkus, updatedAt);
        }
    }

    private final JdbcClient jdbc;

    ReturnRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Rules of(UUID tenantId) {
        Optional<Rules> rules = jdbc.sql("""
                        SELECT return_window_days, non_returnable_reasons, non_returnable_skus, updated_at FROM return_rules WHERE tenant_id = ?""")
                .param(tenantId).query((rs, n) -> rules(rs)).optional();
        return rules.orElse(Rules.DEFAULTS);
    }

    Rules put(UUID tenantId, Integer windowDays, List<ReturnReason> reasons, List<String> skus, Instant at) {
        String[] reasonNames = reasons.stream().map(Enum::name).distinct().toArray(String[]::new);
        String[] skuList = skus.stream().map(String::strip).distinct().toArray(String[]::new);
        jdbc.sql("""
                        INSERT INTO return_rules (tenant_id, return_window_days, non_returnable_reasons, non_returnable_skus, updated_at)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (tenant_id) DO UPDATE SET return_window_days = excluded.return_window_days,
                            non_returnable_reasons = excluded.non_returnable_reasons, non_returnable_skus = excluded.non_returnable_skus,
                            updated_at = excluded.updated_at""")
                .params(tenantId, windowDays, reasonNames, skuList, Timestamp.from(at)).update();
        return of(tenantId);
    }

    private static Rules rules(ResultSet rs) throws SQLException {
        return new Rules((Integer) rs.getObject(1), Arrays.stream(strings(rs.getArray(2))).map(ReturnReason::valueOf).toList(),
                List.of(strings(rs.getArray(3))), rs.getTimestamp(4).toInstant());
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
