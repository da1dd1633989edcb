package io.shipgate.gateway.serviceability;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code shipgate.serviceability.*} (application.yml documents each; the upload's size limit is
 * {@code shipgate.request-body.paths.serviceability.max-size}).
 *
 * @param maxRows           rows one table may have
 * @param maxErrors         invalid rows a refused upload lists (all are counted)
 * @param liveCheckTtl      how long a carrier's live answer for a lane is reused
 * @param liveCheckTimeout  one live check's time limit (it sits on a checkout's path)
 * @param liveCheckCacheSize lanes whose live answers are kept per node
 * @param indexMaxRows      rows of active tables kept in memory per node (least recently used tables are dropped, and
 *                          read again when asked)
 * @param refreshInterval   how often a node asks the database for versions activated on other nodes
 */
@ConfigurationProperties("shipgate.serviceability")
record ServiceabilityProperties(@DefaultValue("500000") int maxRows,
                                @DefaultValue("100") int maxErrors,
                                @DefaultValue("1h") Duration liveCheckTtl,
                                @DefaultValue("3s") Duration liveCheckTimeout,
                                @DefaultValue("100000") long liveCheckCacheSize,
                                @DefaultValue("2000000") long indexMaxRows,
                                @DefaultValue("1s") Duration refreshInterval) {

    ServiceabilityProperties {
        if (maxRows < 1 || maxErrors < 1 || liveCheckCacheSize < 0 || indexMaxRows < 1) {
            throw new IllegalArgumentException("shipgate.serviceability: max-rows, max-errors and index-max-rows must be positive");
        }
        if (refreshInterval.isNegative() || refreshInterval.isZero() || liveCheckTimeout.isNegative() || liveCheckTimeout.isZero()) {
            throw new IllegalArgumentException("shipgate.serviceability: refresh-interval and live-check-timeout must be positive");
        }
    }
}
