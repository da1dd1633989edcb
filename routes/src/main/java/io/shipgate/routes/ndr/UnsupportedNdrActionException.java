package io.shipgate.routes.ndr;

import io.shipgate.carrier.model.NdrAction;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.carrier.spi.UnsupportedCapabilityException;

import java.util.Set;
import java.util.TreeSet;

/** The carrier has no NDR actions at all, or not this one (its adapter's declared {@code ndrActions}): a 422 naming the action. */
public class UnsupportedNdrActionException extends UnsupportedCapabilityException {

    private final NdrAction action;
    private final Set<NdrAction> offered;

    public UnsupportedNdrActionException(String carrier, NdrAction action, Set<NdrAction> offered) {
        super(carrier, Capability.NDR_ACTION);
        this.action = action;
        this.offered = Set.copyOf(offered);
    }

    public NdrAction action() {
        return action;
    }

    /** The NDR actions the carrier does offer. */
    public Set<NdrAction> offered() {
        return offered;
    }

    @Override
    public String getMessage() {
        return "carrier '" + carrier() + "' does not support the NDR action " + action
                + (offered.isEmpty() ? " (it offers no NDR actions)" : " (it offers " + new TreeSet<>(offered) + ")");
    }
}
