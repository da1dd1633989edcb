package io.shipgate.gateway.recommendation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code shipgate.recommendation.*} (application.yml documents each).
 *
 * @param refreshInterval   how often a node asks the database for rule versions stored on other nodes
 * @param accountsTtl       how long a node reuses a tenant's list of carrier accounts (a new or disabled account is
 *                          seen by recommendations within this)
 * @param dailyCountsTtl    how long a node reuses a tenant's shipment counts of the day (daily caps) before reading them
 *                          again; its own purchases count at once
 * @param maxBatch          orders one request may hold
 */
@ConfigurationProperties("shipgate.recommendation")
record RecommendationProperties(@DefaultValue("1s") Duration refreshInterval,
                                @DefaultValue("1s") Duration accountsTtl,
                                @DefaultValue("1s") Duration dailyCountsTtl,
                                @DefaultValue("500") int maxBatch) {

    RecommendationProperties {
        if (refreshInterval.isNegative() || refreshInterval.isZero() || accountsTtl.isNegative() || dailyCountsTtl.isNegative()) {
            throw new IllegalArgumentException("shipgate.recommendation: refresh-interval must be positive, the TTLs not negative");
        }
        if (maxBatch < 1) {
            throw new IllegalArgumentException("shipgate.recommendation: max-batch must be positive");
        }
    }
}
