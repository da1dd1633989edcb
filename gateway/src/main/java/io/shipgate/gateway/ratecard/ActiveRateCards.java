package io.shipgate.gateway.ratecard;

import io.shipgate.gateway.platform.upload.ActiveVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The active cards of each account, in memory, so that a quote reads no database: the shared {@link ActiveVersions}
 * of the serviceability tables (loaded on first use, every service's card of the account at once, kept within
 * {@code index-max-lines} lines per node, refreshed across nodes by the version check on {@code rate_card_generation}
 * every {@code refresh-interval}).
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
    private final ActiveVersions<Key, Map<String, ActiveCard>> indexes;

    ActiveRateCards(RateCards cards, RateCardProperties properties) {
        this.cards = cards;
        this.indexes = new ActiveVersions<>("rate cards", properties.indexMaxLines(),
                (Key key, Map<String, ActiveCard> active) -> 1 + active.values().stream().mapToInt(c -> c.card().lines()).sum(),
                this::load, new ActiveVersions.Activations<>() {
                    @Override
                    public long generation() {
                        return cards.generation();
                    }

                    @Override
                    public List<ActiveVersions.Activation<Key>> activatedAfter(long generation) {
                        return cards.activatedAfter(generation).stream().map(a -> new ActiveVersions.Activation<>(
                                new Key(a.tenantId(), a.carrierAccountId()), a.generation())).toList();
                    }
                }, properties.refreshInterval());
    }

    /** The account's cards in force, by service; empty when it has none. */
    Map<String, ActiveCard> active(UUID tenantId, UUID accountId) {
        return indexes.get(new Key(tenantId, accountId));
    }

    /** This node activated a card of the account: forget what it had (call once the activation committed). */
    void activated(UUID tenantId, UUID accountId) {
        indexes.activated(new Key(tenantId, accountId));
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
        return Collections.unmodifiableMap(active);
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
