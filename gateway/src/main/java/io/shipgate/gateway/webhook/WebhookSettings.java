package io.shipgate.gateway.webhook;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/** The {@code shipgate.webhooks.*} settings (application.yml documents each). */
@Component
class WebhookSettings {

    final boolean allowPrivateUrls;
    final Duration timeout;
    final List<Duration> retrySchedule;
    final Duration rotationOverlap;
    final int maxEndpoints;

    WebhookSettings(@Value("${shipgate.webhooks.allow-private-urls:false}") boolean allowPrivateUrls,
                    @Value("${shipgate.webhooks.timeout:15s}") Duration timeout,
                    @Value("${shipgate.webhooks.retry-schedule:5s,5m,30m,2h,5h,10h,10h,12h,12h,12h}") List<Duration> retrySchedule,
                    @Value("${shipgate.webhooks.secret-rotation-overlap:24h}") Duration rotationOverlap,
                    @Value("${shipgate.webhooks.max-endpoints:20}") int maxEndpoints) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("shipgate.webhooks.timeout must be positive, not " + timeout);
        }
        if (retrySchedule.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("shipgate.webhooks.retry-schedule takes positive durations, not " + retrySchedule);
        }
        this.allowPrivateUrls = allowPrivateUrls;
        this.timeout = timeout;
        this.retrySchedule = List.copyOf(retrySchedule);
        this.rotationOverlap = rotationOverlap;
        this.maxEndpoints = maxEndpoints;
    }

    /** Attempts of one delivery: the first and one after each wait of the schedule. */
    int maxAttempts() {
        return retrySchedule.size() + 1;
    }
}
