package io.shipgate.routes.ndr;

import io.shipgate.carrier.model.NdrActionResult;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.job.Backoff;
import io.shipgate.routes.job.DueWorkRoute;
import io.shipgate.routes.job.JobSettings;
import io.shipgate.routes.port.NdrCases;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The NDR job: a {@link DueWorkRoute} over {@code ndr_cases}. A case is due when a failed attempt raised or updated it
 * (its policies are evaluated, once per attempt) and again at its action deadline (an open case expires).
 *
 * <pre>
 * timer (shipgate.ndr.job.interval, on every node) -> direct:processNdrCases
 *   -> claim due cases (FOR UPDATE SKIP LOCKED), each on its own:
 *        deadline passed, still open -> closed as expired (ndr.closed)
 *        new attempt -> the tenant's policies by priority; the first that matches:
 *             re_attempt / return_to_origin -> the action through direct:ndrAction's steps (actor policy:&lt;id&gt;)
 *                                              rejected or impossible -> escalated (shipment.ndr_action_required)
 *             escalate, or none matches     -> shipment.ndr_action_required
 *        the carrier unavailable -> tried again later (persisted backoff); after the last attempt, escalated
 * </pre>
 */
@Component
public class NdrCaseRoute extends DueWorkRoute<DueNdrCase> {

    /** How long a claimed case stays with the node that claimed it: longer than a carrier call. */
    private static final Duration HOLD = Duration.ofMinutes(2);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    private final NdrCases cases;
    private final NdrActionRoute actions;

    public NdrCaseRoute(NdrCases cases, NdrActionRoute actions, Clock clock,
                        @Value("${shipgate.ndr.job.enabled:true}") boolean enabled,
                        @Value("${shipgate.ndr.job.interval:30s}") Duration interval,
                        @Value("${shipgate.ndr.job.batch-size:50}") int batchSize,
                        @Value("${shipgate.ndr.job.max-attempts:5}") int maxAttempts) {
        super("ndrCases", Endpoints.PROCESS_NDR_CASES, new JobSettings(enabled, interval, batchSize), maxAttempts, HOLD,
                new Backoff(interval, MAX_BACKOFF.compareTo(interval) < 0 ? interval : MAX_BACKOFF), cases, clock);
        this.cases = cases;
        this.actions = actions;
    }

    @Override
    protected String work(DueNdrCase item) {
        Optional<NdrActionCommand> policyAction = cases.review(item);
        if (policyAction.isEmpty()) {
            return "reviewed";
        }
        NdrActionCommand command = policyAction.get();
        boolean accepted;
        try {
            NdrActionOutcome outcome = actions.act(command);
            accepted = !(outcome instanceof NdrActionOutcome.Recorded recorded) || recorded.status() != NdrActionResult.Status.REJECTED;
        } catch (CarrierException e) {
            if (!NdrActionRoute.REFUSALS.contains(e.category())) {
                throw e; // the carrier is unavailable: this attempt's policy acts again later
            }
            log.info("NDR case {}: the policy's {} could not be taken: {}", item.id(), command.action(), e.getMessage());
            accepted = false;
        } catch (RuntimeException e) {
            log.info("NDR case {}: the policy's {} could not be taken: {}", item.id(), command.action(), e.getMessage());
            accepted = false;
        }
        cases.policyDone(item, command, accepted);
        return accepted ? "policy_acted" : "policy_escalated";
    }
}
