package io.shipgate.gateway.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.gateway.platform.routes.RouteClient;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.routes.Endpoints;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Events delivered to merchants are deleted after shipgate.outbox.retention (7 days); events not delivered
 * yet, or given up on, stay. (No dispatcher marks events delivered yet: the test does, as it will.)
 */
class OutboxPurgeIntegrationTests extends ApiIntegrationTest {

    @Autowired
    RouteClient routes;
    @Autowired
    DataSource dataSource;

    @Test
    void deliveredEventsAreDeletedAfterTheRetentionAndTheOthersStay() {
        List<Long> events = shipmentsWithTheirEvents(5);
        deliver(events.get(0), events.get(1), events.get(2)); // more than one batch (GatewayIntegrationTest: 2)
        jdbc.sql("UPDATE outbox SET state = 'DEAD' WHERE id = ?").param(events.get(3)).update();

        routes.send(Endpoints.PURGE_OUTBOX, null);
        assertThat(merchantRows("outbox")).as("kept within the retention").isEqualTo(5);

        clock.advance(Duration.ofDays(8));
        routes.send(Endpoints.PURGE_OUTBOX, null);

        assertThat(remaining()).containsExactlyInAnyOrder(events.get(3), events.get(4));
    }

    @Test
    void thePurgeSkipsAnEventAnotherTransactionHoldsInsteadOfWaitingForIt() throws Exception {
        List<Long> events = shipmentsWithTheirEvents(3);
        deliver(events.toArray(Long[]::new));
        clock.advance(Duration.ofDays(8));

        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("SELECT id FROM outbox WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, events.getFirst());
                lock.executeQuery().close();
            }
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> routes.send(Endpoints.PURGE_OUTBOX, null));
            other.rollback();
        }

        assertThat(remaining()).containsExactly(events.getFirst());
    }

    private List<Long> shipmentsWithTheirEvents(int count) {
        tenants.sandboxAccount(merchant, "sandbox", Map.of());
        for (int i = 0; i < count; i++) {
            ObjectNode body = example("shipment-request.json");
            body.put("reference", "OUTBOX-" + i + "-" + UUID.randomUUID());
            assertThat(api.post("/v1/shipments", merchant.key(), body).status()).isEqualTo(201);
        }
        return remaining();
    }

    /** What the webhook dispatcher does once an event is delivered. */
    private void deliver(Long... events) {
        for (Long event : events) {
            jdbc.sql("UPDATE outbox SET state = 'DISPATCHED', dispatched_at = ? WHERE id = ?")
                    .params(Timestamp.from(clock.instant()), event).update();
        }
    }

    private List<Long> remaining() {
        return jdbc.sql("SELECT id FROM outbox WHERE tenant_id = ? ORDER BY id").param(merchant.tenant().id()).query(Long.class).list();
    }
}
