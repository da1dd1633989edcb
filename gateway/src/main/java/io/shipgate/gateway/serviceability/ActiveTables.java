package io.shipgate.gateway.serviceability;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The active version of each account's table, in memory ({@link TableIndex}), so that a check reads
 * no database. Loaded on first use, kept within {@code index-max-rows} rows per node (the least
 * recently used tables are dropped and read again when asked).
 *
 * <p>Across nodes, a version check: every {@code refresh-interval} each node asks for the activations
 * after the last generation it saw ({@code serviceability_generation} counts them in commit order), and
 * reloads those accounts' tables in the background, serving the version it has until the new one is
 * loaded. So another node answers from a new version within about {@code refresh-interval} plus its load;
 * the node that took the upload, at once. Simpler than LISTEN/NOTIFY (no dedicated connection, nothing to
 * miss while reconnecting) and correct on any number of nodes: the poll cannot skip an activation.
 */
@Component
class ActiveTables implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ActiveTables.class);

    record Key(UUID tenantId, UUID carrierAccountId) {
    }

    private final ServiceabilityTables tables;
    private final ServiceabilityProperties properties;
    private final LoadingCache<Key, Optional<TableIndex>> indexes;
    private volatile long generation;
    private volatile ScheduledExecutorService poller;

    ActiveTables(ServiceabilityTables tables, ServiceabilityProperties properties) {
        this.tables = tables;
        this.properties = properties;
        this.indexes = Caffeine.newBuilder()
                .maximumWeight(properties.indexMaxRows())
                .weigher((Key key, Optional<TableIndex> index) -> 1 + index.map(TableIndex::size).orElse(0))
                .build(this::load);
    }

    /** The account's active table, or empty when it has none. */
    Optional<TableIndex> active(UUID tenantId, UUID accountId) {
        return indexes.get(new Key(tenantId, accountId));
    }

    /** This node activated a version for the account: forget what it had (call once the activation committed). */
    void activated(UUID tenantId, UUID accountId) {
        indexes.invalidate(new Key(tenantId, accountId));
    }

    private Optional<TableIndex> load(Key key) {
        return tables.active(key.tenantId(), key.carrierAccountId()).map(summary -> {
            List<ServiceabilityRow> rows = new ArrayList<>(summary.rowCount());
            tables.rows(summary.id(), rows::add);
            return TableIndex.of(summary.version(), summary.currency(), summary.uploadedAt(), rows);
        });
    }

    /** Reloads the tables of accounts activated on any node since the last poll. */
    void refresh() {
        for (ServiceabilityTables.Activation activation : tables.activatedAfter(generation)) {
            Key key = new Key(activation.tenantId(), activation.carrierAccountId());
            if (indexes.getIfPresent(key) != null) {
                indexes.refresh(key);
            } else {
                // a load may be under way that read the version before: drop what it brings
                indexes.invalidate(key);
            }
            generation = Math.max(generation, activation.generation());
        }
    }

    @Override
    public synchronized void start() {
        generation = tables.generation();
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("serviceability-refresh").factory());
        long every = properties.refreshInterval().toMillis();
        poller.scheduleWithFixedDelay(() -> {
            try {
                refresh();
            } catch (RuntimeException e) {
                LOG.warn("serviceability tables: cannot ask for new versions ({}); trying again in {} ms", e.getClass().getSimpleName(), every);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }
}
