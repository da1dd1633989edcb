package io.shipgate.gateway.demo;

import io.shipgate.carrier.spi.CarrierHistoryModel;
import io.shipgate.gateway.carrier.CarrierAccountService;
import io.shipgate.gateway.carrier.CarrierAccountView;
import io.shipgate.gateway.carrier.CreateCarrierAccountRequest;
import io.shipgate.gateway.edd.BusinessCalendars;
import io.shipgate.gateway.lanes.LaneRebuild;
import io.shipgate.gateway.shipment.ShipmentHistory;
import io.shipgate.gateway.shipment.ShipmentHistory.Finished;
import io.shipgate.gateway.tenant.TenantService;
import io.shipgate.gateway.tenant.TenantView;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;

/**
 * Fills the database with finished history of the sandbox carrier for a tenant ({@link HistoryGenerator}), through the
 * shipment module's bulk insert, and has the lanes module learn it ({@link LaneRebuild}), so the live EDD answers from
 * it and it can be backtested on a fresh machine.
 */
@Component
public class DemoHistory {

    static final String CARRIER = "sandbox";

    private final TenantService tenants;
    private final CarrierAccountService accounts;
    private final ShipmentHistory history;
    private final BusinessCalendars calendars;
    private final LaneRebuild lanes;

    DemoHistory(TenantService tenants, CarrierAccountService accounts, ShipmentHistory history, BusinessCalendars calendars,
                LaneRebuild lanes) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.history = history;
        this.calendars = calendars;
        this.lanes = lanes;
    }

    /** What was generated, and how long drawing and storing took. */
    public record Result(UUID tenantId, UUID carrierAccountId, int shipments, long delivered, long returnedToOrigin,
                         long failedAttempts, Duration drawing, Duration storing, long learned, Duration learning) {
    }

    /**
     * Generates {@code shipments} finished shipments bought from {@code from} to {@code to} for the tenant (null: the
     * demo tenant), on its first enabled sandbox account (one is added when it has none).
     */
    public Result generate(UUID tenantId, int shipments, LocalDate from, LocalDate to, long seed) {
        TenantView tenant = tenantId != null ? tenants.get(tenantId) : tenants.list().stream()
                .filter(t -> t.name().equals(DemoTenant.DEMO_TENANT)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("there is no demo tenant ('" + DemoTenant.DEMO_TENANT
                        + "'): name a tenant with --tenant ID"));
        UUID account = sandboxAccount(tenant.id());
        long started = System.nanoTime();
        List<Finished> drawn = new HistoryGenerator(model(), calendars)
                .generate(new HistoryGenerator.Plan(tenant.id(), account, shipments, from, to, seed));
        long drawnAt = System.nanoTime();
        history.insert(drawn);
        long storedAt = System.nanoTime();
        // the live EDD's lane statistics learn them, as they would have as each finished
        long learned = lanes.rebuild(tenant.id(), from.minusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
                to.plusDays(2).atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
        long learnedAt = System.nanoTime();
        long returned = drawn.stream().filter(f -> f.deliveredAt() == null).count();
        long failed = drawn.stream().filter(f -> f.deliveredAt() == null || f.firstAttemptAt().isBefore(f.deliveredAt())).count();
        return new Result(tenant.id(), account, drawn.size(), drawn.size() - returned, returned, failed,
                Duration.ofNanos(drawnAt - started), Duration.ofNanos(storedAt - drawnAt), learned, Duration.ofNanos(learnedAt - storedAt));
    }

    private UUID sandboxAccount(UUID tenantId) {
        return accounts.list(tenantId).stream().filter(a -> a.carrier().equals(CARRIER) && a.enabled()).map(CarrierAccountView::id)
                .findFirst()
                .orElseGet(() -> accounts.create(tenantId, new CreateCarrierAccountRequest(CARRIER, "Sandbox carrier (history)", Map.of(),
                        Map.of("api_key", "sandbox_history"), true)).id());
    }

    /** History drawn for a tenant and account without storing it (for tests of what is computed from it). */
    public static List<Finished> generated(UUID tenantId, int shipments, LocalDate from, LocalDate to, long seed) {
        return new HistoryGenerator(model(), new BusinessCalendars())
                .generate(new HistoryGenerator.Plan(tenantId, UUID.randomUUID(), shipments, from, to, seed));
    }

    /** The sandbox carrier's history model, from its simulator module on the class path. */
    static CarrierHistoryModel model() {
        return ServiceLoader.load(CarrierHistoryModel.class).stream().map(ServiceLoader.Provider::get)
                .filter(m -> CARRIER.equals(m.carrierCode())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + CARRIER + " carrier history model on the class path"
                        + " (shipgate-carrier-sandbox-simulator)"));
    }
}
