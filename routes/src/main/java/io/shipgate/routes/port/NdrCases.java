package io.shipgate.routes.port;

import io.shipgate.carrier.model.NdrActionResult;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.routes.job.DueWork;
import io.shipgate.routes.ndr.DueNdrCase;
import io.shipgate.routes.ndr.NdrActionCommand;
import io.shipgate.routes.ndr.NdrTarget;

import java.util.Optional;

/**
 * NDR cases (the gateway's {@code ndr} module): the actions taken on them and the NDR job's due cases. Each method is
 * its own transaction; none is held while the carrier is called.
 */
public interface NdrCases extends DueWork<DueNdrCase> {

    /** The shipment the action goes to: throws a not-found error for an unknown or foreign case, a conflict when it is closed. */
    NdrTarget target(NdrActionCommand command);

    /**
     * Writes the action down as running for the case's current attempt, after checking the case takes it: throws a
     * not-found error for an unknown or foreign case, a conflict when the case is closed or an action is already running,
     * accepted or pending for this attempt.
     */
    NdrTarget begin(NdrActionCommand command);

    /**
     * The carrier answered: the action is recorded with its answer (a REJECTED answer as rejected), the case moves to
     * actioned (accepted or pending), its event is written and the command's idempotency key completed, in one transaction.
     */
    void answered(NdrActionCommand command, NdrTarget target, NdrActionResult result);

    /** The carrier refused the request (invalid, or not in the shipment's state): recorded as rejected with its reason. */
    void refused(NdrActionCommand command, NdrTarget target, CarrierException refusal);

    /** Nothing to record (no answer from the carrier, or refused before it was called): the running action goes, the key is released. */
    void abandon(NdrActionCommand command);

    /**
     * The NDR job's look at a claimed case: expires it when its deadline passed; evaluates the tenant's policies once
     * for its current attempt. Returns the carrier action a policy takes, if one does (then {@link #policyDone} follows);
     * otherwise the case is settled (escalated when no policy acts) and due again at its deadline, or never.
     */
    Optional<NdrActionCommand> review(DueNdrCase item);

    /**
     * The policy's action was sent ({@code recorded}: the carrier answered) or could not be: the policies are done for
     * this attempt; an action not recorded or rejected is escalated to the merchant. Due again at the deadline.
     */
    void policyDone(DueNdrCase item, NdrActionCommand command, boolean accepted);
}
