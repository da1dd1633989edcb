package io.shipgate.gateway.serviceability;

import io.shipgate.gateway.platform.upload.ActiveVersions;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The active version of each account's table, in memory ({@link TableIndex}), so that a check reads no database:
 * the shared {@link ActiveVersions} (loaded on first use, kept within {@code index-max-rows} rows per node, refreshed
 * across nodes by the version check on {@code serviceability_generation} every {@code refresh-interval}).
 */
@Component
class ActiveTables implements SmartLifecycle {

    record Key(UUID tenantId, UUID carrierAccountId) {
    }

    private final ServiceabilityTables tables;
    private final ActiveVersions<Key, Optional<TableIndex>> indexes;

    ActiveTables(ServiceabilityTables tables, ServiceabilityProperties properties) {
        this.tables = tables;
        this.indexes = new ActiveVersions<>("serviceability tables", properties.indexMaxRows(),
                (Key key, Optional<TableIndex> index) -> 1 + index.map(TableIndex::size).orElse(0), this::load,
                new ActiveVersions.Activations<>() {
                    @Override
                    public long generation() {
                        return tables.generation();
                    }

                    @Override
                    public List<ActiveVersions.Activation<Key>> activatedAfter(long generation) {
                        return tables.activatedAfter(generation).stream().map(a -> new ActiveVersions.Activation<>(
                                new Key(a.tenantId(), a.carrierAccountId()), a.generation())).toList();
                    }
                }, properties.refreshInterval());
    }

    /** The account's active table, or empty when it has none. */
    Optional<TableIndex> active(UUID tenantId, UUID accountId) {
        return indexes.get(new Key(tenantId, accountId));
    }

    /** This node activated a version for the account: forget what it had (call once the activation committed). */
    void activated(UUID tenantId, UUID accountId) {
        indexes.activated(new Key(tenantId, accountId));
    }

    private Optional<TableIndex> load(Key key) {
        return tables.active(key.tenantId(), key.carrierAccountId()).map(summary -> {
            List<ServiceabilityRow> rows = new ArrayList<>(summary.rowCount());
            tables.rows(summary.id(), rows::add);
            return TableIndex.of(summary.version(), summary.currency(), summary.uploadedAt(), rows);
        });
    }

    @Override
    public void start() {
        indexes.start();
    }

    @Override
    public void stop() {
        indexes.stop();
    }

    @Override
    public boolean isRunning() {
        return indexes.isRunning();
    }
}
