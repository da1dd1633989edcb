package io.shipgate.gateway.ratecard;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The active cards of each account, in memory, so that a quote reads no database: loaded on first use (every
 * service's card of the account at once), kept within {@code index-max-lines} lines per node.
 *
 * <p>Across nodes, the version check of the serviceability tables ({@code ActiveTables}): every
 * {@code refresh-interval} each node asks for the activations after the last generation it saw
 * ({@code rate_card_generation} counts them in commit order) and reloads those accounts' cards in the background,
 * serving the version it has until the new one is loaded; the node that took the upload drops its copy at once.
 */
@Component
class ActiveRateCards implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ActiveRateCards.class);

    record Key(UUID tenantId, UUID carrierAccountId) {
    }

    /** A card in force, checked and ready to quote. */
    record ActiveCard(String service, int version, Instant uploadedAt, RateCard card) {
    }

    private final RateCards cards;
    private final RateCardProperties properties;
    private final LoadingCache<Key, Map<String, ActiveCard>> indexes;
    private volatile long generation;
    private volatile ScheduledExecutorService poller;

    ActiveRateCards(RateCards cards, RateCardProperties properties) {
        this.cards = cards;
        this.properties = properties;
        this.indexes = Caffeine.newBuilder()
                .maximumWeight(properties.indexMaxLines())
                .weigher((Key key, Map<String, ActiveCard> active) -> 1 + active.values().stream().mapToInt(c -> c.card().lines()).sum())
                .build(this::load);
    }

    /** The account's cards in force, by service; empty when it has none. */
    Map<String, ActiveCard> active(UUID tenantId, UUID accountId) {
        return indexes.get(new Key(tenantId, accountId));
    }

    /** This node activated a card of the account: forget what it had (call once the activation committed). */
    void activated(UUID tenantId, UUID accountId) {
        indexes.invalidate(new Key(tenantId, accountId));
    }

    private Map<String, ActiveCard> load(Key key) {
        Map<String, ActiveCard> active = new LinkedHashMap<>();
        for (RateCards.CardSummary summary : cards.active(key.tenantId(), key.carrierAccountId())) {
            RateCardFile.Result read = RateCardFile.read(cards.csv(summary.id()).getBytes(StandardCharsets.UTF_8), RateCardFile.Format.CSV,
                    Integer.MAX_VALUE, 1);
            if (!read.valid()) {
                // stored cards were checked on upload; one that no longer reads is skipped, not quoted wrongly
                LOG.error("rate card {} version {} of carrier account {} does not read: {}", summary.service(), summary.version(),
                        key.carrierAccountId(), read.errors());
                continue;
            }
            active.put(summary.service(), new ActiveCard(summary.service(), summary.version(), summary.uploadedAt(), read.card()));
        }
        return java.util.Collections.unmodifiableMap(active);
    }

    /** Reloads the cards of accounts activated on any node since the last poll. */
    void refresh() {
        for (RateCards.Activation activation : cards.activatedAfter(generation)) {
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
        generation = cards.generation();
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("rate-card-refresh").factory());
        long every = properties.refreshInterval().toMillis();
        poller.scheduleWithFixedDelay(() -> {
            try {
                refresh();
            } catch (RuntimeException e) {
                LOG.warn("rate cards: cannot ask for new versions ({}); trying again in {} ms", e.getClass().getSimpleName(), every);
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
