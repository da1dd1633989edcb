package io.shipgate.routes.batch;

import io.shipgate.routes.Endpoints;
import io.shipgate.routes.carrier.CarrierConnection;
import io.shipgate.routes.carrier.CarrierInvoker;
import io.shipgate.routes.job.Backoff;
import io.shipgate.routes.job.DueWorkRoute;
import io.shipgate.routes.job.JobSettings;
import io.shipgate.routes.port.BatchRow;
import io.shipgate.routes.port.BatchRows;
import io.shipgate.routes.port.CarrierAccountDirectory;
import io.shipgate.routes.port.CarrierSelection;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * The batch worker: buys the pending rows of batches ({@code POST /v1/batches}), a {@link DueWorkRoute} over
 * {@code batch_rows}, on every node.
 *
 * <pre>
 * timer (shipgate.batches.worker.interval, on every node) -> direct:processBatchRows
 *   -> claim due rows, the longest due first, in a batch (FOR UPDATE SKIP LOCKED; each held for this node a while)
 *   -> split, each row on its own virtual thread:
 *        the row's carrier account (by id or carrier code; "auto" rows share one key per tenant)
 *          -> its circuit is open: the row is postponed until the breaker lets calls through (no attempt counted)
 *          -> a permit of the account (at most shipgate.batches.worker.concurrency-per-account rows at once per node)
 *          -> bought through direct:createShipment as POST /v1/shipments buys (its Idempotency-Key derived from the
 *             reference): created / replayed (bought before) / failed (refused: the row's problem)
 *        an attempt that fails (carrier unavailable, timeout) -> tried again later (persisted backoff), then failed
 * </pre>
 * A node that stops or dies leaves its claimed rows pending: they are claimed again once their hold ends, and the
 * derived Idempotency-Key makes a row whose purchase went through answer that same shipment.
 */
@Component
public class BatchRoute extends DueWorkRoute<BatchRow> implements AutoCloseable {

    /** Rows settled, by outcome: created, replayed, failed, needs_attention. */
    static final String ROWS = "shipgate.batches.rows";
    private static final Duration HOLD = Duration.ofMinutes(10);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    private static final int MAX_KNOWN_ACCOUNTS = 10_000;

    private final BatchRows rows;
    private final CarrierAccountDirectory accounts;
    private final CarrierInvoker invoker;
    private final CircuitBreakerRegistry breakers;
    private final MeterRegistry meters;
    private final Clock clock;
    private final int concurrencyPerAccount;
    private final Map<String, Semaphore> permits = new ConcurrentHashMap<>();
    /** (tenant, account id or carrier code) -> the account's id and carrier code, as connected once. */
    private final Map<String, Account> known = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("batch-row-", 0).factory());

    private record Account(UUID id, String carrier) {
    }

    public BatchRoute(BatchRows rows, CarrierAccountDirectory accounts, CarrierInvoker invoker, CircuitBreakerRegistry breakers,
                      MeterRegistry meters, Clock clock,
                      @Value("${shipgate.batches.worker.enabled:true}") boolean enabled,
                      @Value("${shipgate.batches.worker.interval:500ms}") Duration interval,
                      @Value("${shipgate.batches.worker.batch-size:200}") int batchSize,
                      @Value("${shipgate.batches.worker.max-attempts:8}") int maxAttempts,
                      @Value("${shipgate.batches.worker.concurrency-per-account:8}") int concurrencyPerAccount) {
        super("batchWorker", Endpoints.PROCESS_BATCH_ROWS, new JobSettings(enabled, interval, batchSize), maxAttempts, HOLD,
                new Backoff(Duration.ofSeconds(1), MAX_BACKOFF), rows, clock);
        if (concurrencyPerAccount < 1) {
            throw new IllegalArgumentException("shipgate.batches.worker.concurrency-per-account must be at least 1, not "
                    + concurrencyPerAccount);
        }
        this.rows = rows;
        this.accounts = accounts;
        this.invoker = invoker;
        this.breakers = breakers;
        this.meters = meters;
        this.clock = clock;
        this.concurrencyPerAccount = concurrencyPerAccount;
    }

    @Override
    protected String work(BatchRow row) {
        Account account = account(row);
        if (account != null && invoker.circuitOpen(account.carrier(), account.id())) {
            Duration wait = Duration.ofMillis(Math.max(1000, breakers.getDefaultConfig().getWaitIntervalFunctionInOpenState().apply(1)));
            rows.postpone(row, clock.instant().plus(wait));
            return "postponed";
        }
        String key = account != null ? account.id().toString() : row.tenantId() + "/" + row.carrier();
        Semaphore permit = permits.computeIfAbsent(key, k -> new Semaphore(concurrencyPerAccount, true));
        permit.acquireUninterruptibly();
        try {
            return rows.buy(row);
        } finally {
            permit.release();
        }
    }

    /** The row's carrier account, or null when the row leaves the choice to the recommendation or names none that connects. */
    private Account account(BatchRow row) {
        if (row.carrierAccountId() == null && (row.carrier() == null || "auto".equalsIgnoreCase(row.carrier()))) {
            return null;
        }
        String name = row.tenantId() + "/" + (row.carrierAccountId() != null ? row.carrierAccountId() : row.carrier());
        Account account = known.get(name);
        if (account == null) {
            try {
                CarrierConnection connection = accounts.connect(row.tenantId(), new CarrierSelection(row.carrierAccountId(),
                        row.carrierAccountId() != null ? null : row.carrier()));
                account = new Account(connection.accountId(), connection.carrier());
            } catch (RuntimeException e) {
                return null; // the purchase itself answers why (no such account, several of that carrier)
            }
            if (known.size() >= MAX_KNOWN_ACCOUNTS) {
                known.clear();
            }
            known.put(name, account);
        }
        return account;
    }

    @Override
    protected ExecutorService attemptThreads() {
        return threads;
    }

    @Override
    public void close() {
        threads.shutdown();
    }

    @Override
    protected void settled(BatchRow row, String outcome) {
        log.debug("batchWorker {}: {}", row.id(), outcome);
        meters.counter(ROWS, "outcome", outcome).increment();
    }
}
