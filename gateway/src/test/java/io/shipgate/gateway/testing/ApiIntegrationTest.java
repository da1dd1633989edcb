package io.shipgate.gateway.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.shipgate.carrier.http.CarrierTransport;
import io.shipgate.routes.Endpoints;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What every REST integration test starts from: the running gateway, a fresh tenant with its
 * API key (so tests never see each other's data), and the request bodies of docs/examples.
 */
@GatewayIntegrationTest
public abstract class ApiIntegrationTest {

    @LocalServerPort
    protected int port;
    @Autowired
    protected TestTenants tenants;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected TestClock clock;
    @Autowired
    protected MeterRegistry meters;
    @Autowired
    protected ProducerTemplate routes;

    protected Api api;
    protected TestTenants.TestTenant merchant;

    @BeforeEach
    void connectAsANewMerchant() {
        api = new Api(port);
        merchant = tenants.create();
    }

    /** A request body from docs/examples (the ones the README's curl calls send), to modify freely. */
    protected static ObjectNode example(String name) {
        try {
            return (ObjectNode) Api.json().readTree(Files.readString(Path.of("../docs/examples/" + name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields a problem's {@code errors} names. */
    protected static List<String> fields(Api.Response problem) {
        return problem.json().get("errors").findValuesAsText("field");
    }

    /** HTTP calls made to any carrier so far (the shared transport's timer counts every one). */
    protected long carrierCalls() {
        return (long) meters.find(CarrierTransport.TIMER).timers().stream().mapToDouble(Timer::count).sum();
    }

    /**
     * Runs the push intake (its timer is off in tests) until no stored carrier push is due: what a node
     * does within {@code shipgate.tracking.intake.interval} of a push's 202.
     */
    protected void processPushes() {
        do {
            routes.sendBody(Endpoints.PROCESS_PUSHES, null);
        } while (jdbc.sql("SELECT count(*) FROM tracking_pushes WHERE state = 'PENDING' AND next_attempt_at <= ?")
                .param(java.sql.Timestamp.from(clock.instant())).query(Long.class).single() > 0);
    }

    /** Rows of a tenant-owned table that belong to this test's merchant. */
    protected long merchantRows(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE tenant_id = ?").param(merchant.tenant().id()).query(Long.class).single();
    }
}
