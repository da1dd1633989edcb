package io.shipgate.gateway.recommendation;

import io.shipgate.gateway.platform.upload.ActiveVersions;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Each tenant's current rules in memory, so that a recommendation reads no database: the gateway's {@link ActiveVersions}
 * (loaded on first use, a tenant without rules held as version 0), refreshed across nodes by the version check on
 * {@code recommendation_rule_generation} every {@code shipgate.recommendation.refresh-interval}.
 */
@Component
class ActiveRules implements SmartLifecycle {

    /** Tenants held per node: a rule set weighs 1. */
    private static final long MAX_TENANTS = 100_000;

    private final ActiveVersions<UUID, RuleSet> rules;

    ActiveRules(RuleVersions versions, RecommendationProperties properties) {
        this.rules = new ActiveVersions<>("recommendation rules", MAX_TENANTS, (UUID tenant, RuleSet set) -> 1, versions::current,
                new ActiveVersions.Activations<>() {
                    @Override
                    public long generation() {
                        return versions.generation();
                    }

                    @Override
                    public List<ActiveVersions.Activation<UUID>> activatedAfter(long generation) {
                        return versions.storedAfter(generation).stream()
                                .map(s -> new ActiveVersions.Activation<>(s.tenantId(), s.generation())).toList();
                    }
                }, properties.refreshInterval());
    }

    RuleSet current(UUID tenantId) {
        return rules.get(tenantId);
    }

    /** This node stored a version: forget what it held (call once it committed). */
    void stored(UUID tenantId) {
        rules.activated(tenantId);
    }

    @Override
    public void start() {
        rules.start();
    }

    @Override
    public void stop() {
        rules.stop();
    }

    @Override
    public boolean isRunning() {
        return rules.isRunning();
    }
}
