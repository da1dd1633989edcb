package io.shipgate.gateway.recommendation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.shipgate.gateway.shipment.ShipmentEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shipments bought per tenant, carrier and day ({@code carrier_daily_shipments}), what daily caps are checked against:
 * every shipment bought (with carrier "auto" or not, by the request or by the purchase reconciler) counts in the
 * purchase's own transaction, while the tenant's rules have a daily cap. The engine reads a copy held per node, read again from
 * the database at most every {@code shipgate.recommendation.daily-counts-ttl}; the node's own purchases count in it at once.
 */
@Component
class DailyShipments {

    private record Key(UUID tenantId, LocalDate day) {
    }

    private final JdbcClient jdbc;
    private final ActiveRules rules;
    private final Cache<Key, Map<String, Integer>> held;

    DailyShipments(JdbcClient jdbc, ActiveRules rules, RecommendationProperties properties) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.held = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(properties.dailyCountsTtl()).build();
    }

    /** The tenant's shipments of the day per carrier. */
    Map<String, Integer> of(UUID tenantId, LocalDate day) {
        return held.get(new Key(tenantId, day), key -> {
            Map<String, Integer> counts = new ConcurrentHashMap<>();
            jdbc.sql("SELECT carrier, shipments FROM carrier_daily_shipments WHERE tenant_id = ? AND day = ?")
                    .params(tenantId, Date.valueOf(day))
                    .query((rs, n) -> counts.put(rs.getString("carrier"), rs.getInt("shipments"))).list();
            return counts;
        });
    }

    /** The day a time falls on for the rules' caps. */
    static LocalDate day(RecommendationRules rules, java.time.Instant at) {
        String zone = rules.distribution().timeZone();
        return at.atZone(zone == null ? ZoneOffset.UTC : ZoneId.of(zone)).toLocalDate();
    }

    @EventListener
    void bought(ShipmentEvent.Created created) {
        RecommendationRules current = rules.current(created.tenantId()).rules();
        if (current.distribution().dailyCaps().isEmpty()) {
            return;
        }
        LocalDate day = day(current, created.occurredAt());
        jdbc.sql("""
                        INSERT INTO carrier_daily_shipments (tenant_id, carrier, day, shipments) VALUES (?, ?, ?, 1)
                        ON CONFLICT (tenant_id, day, carrier) DO UPDATE SET shipments = carrier_daily_shipments.shipments + 1""")
                .params(created.tenantId(), created.carrier(), Date.valueOf(day)).update();
        Map<String, Integer> counts = held.getIfPresent(new Key(created.tenantId(), day));
        if (counts != null) {
            // counted at once on this node (a purchase that then fails to commit is counted here until the copy is read again)
            counts.merge(created.carrier(), 1, Integer::sum);
        }
    }
}
