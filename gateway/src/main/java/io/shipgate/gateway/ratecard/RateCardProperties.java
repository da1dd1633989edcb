package io.shipgate.gateway.ratecard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code shipgate.rate-cards.*} (application.yml documents each; the upload's size limit is
 * {@code shipgate.request-body.paths.rate-cards.max-size}).
 *
 * @param maxRows         lines one card may have
 * @param maxErrors       mistakes a refused upload lists (every invalid row is counted)
 * @param indexMaxLines   lines of active cards kept in memory per node (the least recently used accounts' cards are
 *                        dropped, and read again when asked)
 * @param refreshInterval how often a node asks the database for cards activated on other nodes
 */
@ConfigurationProperties("shipgate.rate-cards")
record RateCardProperties(@DefaultValue("50000") int maxRows,
                          @DefaultValue("100") int maxErrors,
                          @DefaultValue("2000000") long indexMaxLines,
                          @DefaultValue("1s") Duration refreshInterval) {

    RateCardProperties {
        if (maxRows < 1 || maxErrors < 1 || indexMaxLines < 1) {
            throw new IllegalArgumentException("shipgate.rate-cards: max-rows, max-errors and index-max-lines must be positive");
        }
        if (refreshInterval.isNegative() || refreshInterval.isZero()) {
            throw new IllegalArgumentException("shipgate.rate-cards: refresh-interval must be positive");
        }
    }
}
