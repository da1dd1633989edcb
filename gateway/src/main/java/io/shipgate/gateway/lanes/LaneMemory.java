package io.shipgate.gateway.lanes;

import io.shipgate.gateway.edd.BusinessCalendars;
import io.shipgate.gateway.edd.DeliveryEstimate;
import io.shipgate.gateway.edd.DeliveryEstimates;
import io.shipgate.gateway.edd.EddCalculator;
import io.shipgate.gateway.edd.EddQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Every tenant's lane statistics in memory, one {@link LaneBook} each, so that EDDs and reliabilities read no database:
 * all rows loaded at start, then every {@code shipgate.lanes.refresh-interval} the rows written since the last look (on
 * any node) are put in place on the poller's thread ({@link LaneBook#replace}: readers never see a tally change). A row
 * is read again for {@link #OVERLAP} after its write, since a write's time is its transaction's start and an older
 * transaction may commit after a newer one; putting a row in place twice changes nothing.
 */
@Component
class LaneMemory implements LanePerformance, DeliveryEstimates, SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(LaneMemory.class);
    static final Duration OVERLAP = Duration.ofSeconds(30);

    private final LaneStats stats;
    private final BusinessCalendars calendars;
    private final LaneProperties properties;
    private final LaneBook.Settings settings;
    private final Clock clock;
    private final LaneBook empty;
    private final Map<UUID, LaneBook> books = new ConcurrentHashMap<>();
    /** The write time of each lane's row in its book (the poller's own), so that a row read again is not put in place again. */
    private final Map<UUID, Map<Lane, Instant>> applied = new java.util.HashMap<>();
    private Instant lastSeen;
    private volatile ScheduledExecutorService poller;

    LaneMemory(LaneStats stats, BusinessCalendars calendars, LaneProperties properties, Clock clock) {
        this.stats = stats;
        this.calendars = calendars;
        this.properties = properties;
        this.settings = properties.settings();
        this.clock = clock;
        this.empty = new LaneBook(settings);
    }

    /** The tenant's book (an empty one when it has no statistics yet). Read-only for callers. */
    LaneBook book(UUID tenantId) {
        return books.getOrDefault(tenantId, empty);
    }

    @Override
    public LaneReliability reliability(UUID tenantId, Lane lane) {
        return book(tenantId).reliability(lane, clock.instant());
    }

    @Override
    public DeliveryEstimate estimate(UUID tenantId, EddQuery query) {
        String service = query.service() == null || query.service().isBlank() ? Lane.ANY_SERVICE : query.service();
        Lane lane = Lane.of(query.carrier(), service, query.originCountry(), query.originPostalCode(), query.destinationCountry(),
                query.destinationPostalCode());
        LaneTransit transit = book(tenantId).transit(lane, clock.instant());
        EddQuery q = query.readyAt() != null ? query : new EddQuery(query.carrier(), query.service(), query.originCountry(),
                query.originPostalCode(), query.destinationCountry(), query.destinationPostalCode(),
                ZonedDateTime.now(clock).withZoneSameInstant(CountryZones.of(query.originCountry())), query.cutOff(), query.confidence());
        return EddCalculator.estimate(q, transit.distribution(), transit.source(), transit.laneShipments(),
                calendars.of(query.originCountry()), calendars.of(query.destinationCountry()));
    }

    /**
     * Reads the rows written since the last look and puts in place those not already in (the poller's work; tests call
     * it); returns how many it put in place.
     */
    synchronized int refresh() {
        int[] count = {0};
        Instant[] newest = {lastSeen};
        stats.changedAfter(lastSeen == null ? null : lastSeen.minus(OVERLAP), row -> {
            if (newest[0] == null || row.updatedAt().isAfter(newest[0])) {
                newest[0] = row.updatedAt();
            }
            Map<Lane, Instant> tenantApplied = applied.computeIfAbsent(row.tenantId(), t -> new java.util.HashMap<>());
            if (row.updatedAt().equals(tenantApplied.put(row.lane(), row.updatedAt()))) {
                return;
            }
            books.computeIfAbsent(row.tenantId(), t -> new LaneBook(settings)).replace(row.lane(), row.tally());
            count[0]++;
        });
        lastSeen = newest[0];
        return count[0];
    }

    @Override
    public void start() {
        long started = System.nanoTime();
        int rows = refresh();
        LOG.info("Lane statistics loaded: {} lanes of {} tenants in {} ms", rows, books.size(), (System.nanoTime() - started) / 1_000_000);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "lane-statistics-refresh");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.refreshInterval().toMillis();
        executor.scheduleWithFixedDelay(() -> {
            try {
                refresh();
            } catch (RuntimeException e) {
                LOG.warn("lane statistics refresh failed; kept what was loaded: {}", e.toString());
            }
        }, every, every, TimeUnit.MILLISECONDS);
        poller = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = poller;
        poller = null;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }
}
