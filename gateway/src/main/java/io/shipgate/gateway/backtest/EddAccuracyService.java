package io.shipgate.gateway.backtest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.shipgate.gateway.edd.BusinessCalendars;
import io.shipgate.gateway.lanes.LaneRebuild;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.shipment.ShipmentHistory;
import io.shipgate.gateway.shipment.ShipmentHistory.FinishedView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Runs the EDD backtest for a tenant and a period ({@link EddBacktest}) on its finished shipments: those bought in the
 * period are predicted, and everything finished in the {@value #LEARNING_DAYS} days before the period and during it is
 * learned from as it finishes. Answers are kept per tenant, period and confidence for
 * {@code shipgate.edd.backtest.cache-ttl} (5 minutes), since a replay reads and replays every shipment of the period;
 * concurrent identical requests share one replay.
 */
@Service
public class EddAccuracyService {

    /** The longest period a backtest covers. */
    public static final int MAX_DAYS = 366;
    /** How far before the period the learner starts: older deliveries weigh next to nothing after decay. */
    static final int LEARNING_DAYS = 365;

    private record Key(UUID tenantId, LocalDate from, LocalDate to, double confidence) {
    }

    private final ShipmentHistory history;
    private final BusinessCalendars calendars;
    private final LaneRebuild lanes;
    private final Clock clock;
    private final Cache<Key, EddAccuracy> answers;

    EddAccuracyService(ShipmentHistory history, BusinessCalendars calendars, LaneRebuild lanes, Clock clock,
                       @Value("${shipgate.edd.backtest.cache-ttl:5m}") Duration cacheTtl) {
        this.history = history;
        this.calendars = calendars;
        this.lanes = lanes;
        this.clock = clock;
        this.answers = Caffeine.newBuilder().maximumSize(200).expireAfterWrite(cacheTtl).build();
    }

    /**
     * The backtest of the tenant's shipments bought from {@code from} to {@code to} (inclusive), checked: 400 naming the
     * field for a missing or reversed period, one longer than {@value #MAX_DAYS} days, or a confidence outside 0.5..0.99.
     */
    public EddAccuracy accuracy(UUID tenantId, LocalDate from, LocalDate to, double confidence) {
        check(from, to, confidence);
        return answers.get(new Key(tenantId, from, to, confidence), key -> replay(tenantId, from, to, confidence));
    }

    /** The same without the cache (the command line). */
    public EddAccuracy replay(UUID tenantId, LocalDate from, LocalDate to, double confidence) {
        check(from, to, confidence);
        List<FinishedView> shipments = new ArrayList<>();
        // a day's margin either side: ship dates are local, purchase times UTC
        history.finished(tenantId, from.minusDays(LEARNING_DAYS + 1).atStartOfDay().toInstant(ZoneOffset.UTC),
                to.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC), shipments::add);
        return new EddBacktest(lanes.settings(), calendars)
                .run(tenantId, shipments, from, to, confidence, clock.instant());
    }

    private static void check(LocalDate from, LocalDate to, double confidence) {
        if (from == null) {
            throw ApiException.invalid("from", "is required (a date, YYYY-MM-DD)");
        }
        if (to == null) {
            throw ApiException.invalid("to", "is required (a date, YYYY-MM-DD)");
        }
        if (to.isBefore(from)) {
            throw ApiException.invalid("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw ApiException.invalid("to", "the period must be at most " + MAX_DAYS + " days");
        }
        if (!(confidence >= 0.5 && confidence <= 0.99)) {
            throw ApiException.invalid("confidence", "must be from 0.5 to 0.99");
        }
    }
}
