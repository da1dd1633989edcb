package io.shipgate.gateway.ndr;

import io.shipgate.carrier.model.NdrActionResult;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.gateway.platform.Ids;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.Problems;
import io.shipgate.gateway.shipment.IdempotentRequests;
import io.shipgate.routes.ndr.DueNdrCase;
import io.shipgate.routes.ndr.NdrActionCommand;
import io.shipgate.routes.ndr.NdrTarget;
import io.shipgate.routes.port.NdrCases;
import io.shipgate.routes.port.ShipmentSnapshot;
import io.shipgate.routes.port.Shipments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The routes' {@link NdrCases}: the steps of an NDR action around the carrier's call, and the NDR job's claims, each in
 * its own transaction.
 */
@Component
class NdrCasePort implements NdrCases {

    private static final Logger LOG = LoggerFactory.getLogger(NdrCasePort.class);
    /** Actions one case takes (rejected ones included). */
    static final int MAX_ACTIONS = 100;

    private final JdbcClient jdbc;
    private final JdbcNdrCases cases;
    private final JdbcNdrActions actions;
    private final JdbcNdrPolicies policies;
    private final Shipments shipments;
    private final IdempotentRequests keys;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    NdrCasePort(JdbcClient jdbc, JdbcNdrCases cases, JdbcNdrActions actions, JdbcNdrPolicies policies, Shipments shipments,
                IdempotentRequests keys, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.actions = actions;
        this.policies = policies;
        this.shipments = shipments;
        this.keys = keys;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public NdrTarget target(NdrActionCommand command) {
        NdrCase c = cases.find(command.tenantId(), command.caseId()).orElseThrow(() -> ApiException.notFound("NDR case " + command.caseId()));
        if (c.closed()) {
            throw closed(c);
        }
        return new NdrTarget(c.tenantId(), c.id(), c.carrierAccountId(), c.carrier(), null, c.attempts());
    }

    @Override
    public NdrTarget begin(NdrActionCommand command) {
        return tx.execute(status -> {
            NdrCase c = cases.lock(command.tenantId(), command.caseId())
                    .orElseThrow(() -> ApiException.notFound("NDR case " + command.caseId()));
            if (c.closed()) {
                throw closed(c);
            }
            if (actions.count(c.tenantId(), c.id()) >= MAX_ACTIONS) {
                throw ApiException.invalid("action", "NDR case " + c.id() + " has " + MAX_ACTIONS + " actions, the most a case takes");
            }
            if (!actions.start(command, c.attempts())) {
                throw taken(c, actions.taken(c.tenantId(), c.id(), c.attempts()).orElse(null));
            }
            ShipmentSnapshot shipment = shipments.loadTrackable(c.tenantId(), c.shipmentId());
            return new NdrTarget(c.tenantId(), c.id(), c.carrierAccountId(), c.carrier(), shipment.ref(), c.attempts());
        });
    }

    static ApiException closed(NdrCase c) {
        return new ApiException(Problems.NDR_CASE_CLOSED, HttpStatus.CONFLICT,
                "NDR case " + c.id() + " is closed (" + c.outcome() + "): it takes no more actions").with("outcome", c.outcome());
    }

    static ApiException taken(NdrCase c, NdrActionView action) {
        String what = action == null ? "an action" : action.action() + " (" + action.status() + ")";
        return new ApiException(Problems.NDR_ACTION_TAKEN, HttpStatus.CONFLICT, what + " was already taken for failed attempt "
                + c.attempts() + " of NDR case " + c.id() + "; the next failed attempt takes a new action")
                .with("action_id", action == null ? null : action.id()).with("attempt", c.attempts());
    }

    @Override
    public void answered(NdrActionCommand command, NdrTarget target, NdrActionResult result) {
        String status = result.status().name().toLowerCase(Locale.ROOT);
        record(command, target, status, result.requestId(), null, result.carrierMessage());
    }

    @Override
    public void refused(NdrActionCommand command, NdrTarget target, CarrierException refusal) {
        record(command, target, "rejected", null, refusal.carrierCode(), refusal.getMessage());
    }

    private void record(NdrActionCommand command, NdrTarget target, String status, String requestId, String carrierCode, String message) {
        tx.executeWithoutResult(t -> {
            NdrCase c = cases.lock(command.tenantId(), command.caseId()).orElseThrow();
            actions.answer(command.tenantId(), command.actionId(), status, requestId, carrierCode, message);
            if (!"rejected".equals(status)) {
                cases.actioned(c, command.policyId());
            }
            events.publishEvent(new NdrEvent.Actioned(c.tenantId(), c.id(), c.shipmentId(), c.awb(), command.actionId(),
                    NdrActionNames.apiName(command.action()), command.policyId() == null ? "api" : "policy", command.policyId(), status,
                    requestId, message, clock.instant()));
            if (command.idempotencyKey() != null) {
                keys.complete(command.tenantId(), command.idempotencyKey(), command.actionId(), command.actionId());
            }
        });
    }

    @Override
    public void abandon(NdrActionCommand command) {
        tx.executeWithoutResult(t -> {
            actions.forget(command.tenantId(), command.actionId());
            if (command.idempotencyKey() != null) {
                keys.release(command.tenantId(), command.idempotencyKey(), command.actionId());
            }
        });
        if (command.idempotencyKey() != null) {
            keys.released(command.tenantId(), command.idempotencyKey(), command.actionId());
        }
    }

    @Override
    public Optional<NdrActionCommand> review(DueNdrCase item) {
        return tx.execute(t -> {
            NdrCase c = cases.lock(item.tenantId(), item.id()).orElse(null);
            if (c == null || c.closed()) {
                return Optional.empty();
            }
            if (NdrCase.OPEN.equals(c.status()) && !clock.instant().isBefore(c.actionDeadline())) {
                cases.closeCase(c, "expired");
                events.publishEvent(new NdrEvent.Closed(c.tenantId(), c.id(), c.shipmentId(), c.awb(), "expired", c.attempts(), clock.instant()));
                return Optional.empty();
            }
            if (c.policyAttempt() >= c.attempts()) {
                cases.dueAtDeadline(c);
                return Optional.empty();
            }
            if (actions.taken(c.tenantId(), c.id(), c.attempts()).isPresent()) {
                cases.policiesDone(c, c.attempts(), null); // the merchant acted on this attempt already
                return Optional.empty();
            }
            NdrPolicy policy = policies.list(c.tenantId()).stream().filter(NdrPolicy::enabled).filter(p -> p.matches(c)).findFirst().orElse(null);
            if (policy == null || NdrPolicy.ESCALATE.equals(policy.action())) {
                escalate(c, policy == null ? null : policy.id(), policy == null ? "no policy acts on it" : "policy " + policy.name() + " escalates");
                cases.policiesDone(c, c.attempts(), policy == null ? null : policy.id());
                return Optional.empty();
            }
            NdrActionNames action = NdrPolicy.RE_ATTEMPT.equals(policy.action()) ? NdrActionNames.RE_ATTEMPT : NdrActionNames.RETURN_TO_ORIGIN;
            return Optional.of(new NdrActionCommand(c.tenantId(), c.id(), null, null, Ids.newId(clock), action.action(), null, null, null,
                    "Automatic NDR policy " + policy.name(), "policy:" + policy.id(), policy.id()));
        });
    }

    @Override
    public void policyDone(DueNdrCase item, NdrActionCommand command, boolean accepted) {
        tx.executeWithoutResult(t -> {
            NdrCase c = cases.lock(item.tenantId(), item.id()).orElse(null);
            if (c == null || c.closed()) {
                return;
            }
            if (!accepted && actions.taken(c.tenantId(), c.id(), item.failedAttempts()).isEmpty()) {
                escalate(c, command.policyId(), "the policy's " + NdrActionNames.apiName(command.action()) + " was rejected or could not be sent");
            }
            cases.policiesDone(c, item.failedAttempts(), accepted ? command.policyId() : null);
        });
    }

    private void escalate(NdrCase c, UUID policyId, String why) {
        events.publishEvent(new NdrEvent.ActionRequired(c.tenantId(), c.id(), c.shipmentId(), c.awb(), c.reason(), c.attempts(),
                c.actionDeadline(), policyId, why, clock.instant()));
    }

    @Override
    public java.util.List<DueNdrCase> claimDue(int limit, Instant holdUntil) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        UPDATE ndr_cases SET next_attempt_at = ?, job_attempts = job_attempts + 1
                        WHERE id IN (SELECT id FROM ndr_cases WHERE next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
                        RETURNING id, tenant_id, job_attempts, attempts""")
                .params(Timestamp.from(holdUntil), Timestamp.from(now), limit)
                .query((rs, n) -> new DueNdrCase(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                        rs.getInt("job_attempts"), rs.getInt("attempts")))
                .list();
    }

    @Override
    public void retryLater(DueNdrCase item, Instant at, String reason) {
        jdbc.sql("UPDATE ndr_cases SET next_attempt_at = ?, last_error = ? WHERE tenant_id = ? AND id = ? AND status <> 'closed'")
                .params(Timestamp.from(at), reason, item.tenantId(), item.id()).update();
    }

    /** The job gave up on the case's policies (the carrier stayed unavailable): the merchant is asked to act. */
    @Override
    public void giveUp(DueNdrCase item, String reason) {
        LOG.warn("NDR case {}: the policies could not act ({}); escalated to the merchant", item.id(), reason);
        tx.executeWithoutResult(t -> cases.lock(item.tenantId(), item.id()).filter(c -> !c.closed()).ifPresent(c -> {
            if (actions.taken(c.tenantId(), c.id(), item.failedAttempts()).isEmpty()) {
                escalate(c, null, "the automatic policy could not reach the carrier");
            }
            cases.policiesDone(c, item.failedAttempts(), null);
        }));
    }
}
