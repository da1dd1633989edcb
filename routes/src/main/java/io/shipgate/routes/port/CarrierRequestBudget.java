package io.shipgate.routes.port;

import java.util.UUID;

/** The poller's request budget per carrier account (a token bucket per account on this node): never blocks. */
public interface CarrierRequestBudget {

    /** Takes one request from the account's budget; false when it is spent for now. */
    boolean tryAcquire(String carrier, UUID carrierAccountId);
}
