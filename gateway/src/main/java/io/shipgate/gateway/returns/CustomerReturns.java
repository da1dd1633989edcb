package io.shipgate.gateway.returns;

import io.shipgate.carrier.model.TrackingStatus;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Returns for the customer's returns page (issue 19): the tenant's rules, and a booking through the same path as
 * {@code POST /v1/returns} (checks against what was shipped and the rules, the carrier's reverse pickup, the return's
 * tracker and events).
 */
@Component
public class CustomerReturns {

    private final ReturnService service;
    private final JdbcReturns returns;

    CustomerReturns(ReturnService service, JdbcReturns returns) {
        this.service = service;
        this.returns = returns;
    }

    /** The return's status, when this tracker (a shipments row of kind tracker) follows a return's AWB. */
    public Optional<TrackingStatus> statusOfTracker(UUID tenantId, UUID trackerId) {
        return returns.statusByTracker(tenantId, trackerId);
    }

    /** The tenant's return rules (window, reasons and SKUs it takes no returns for). */
    public ReturnRulesView rules(UUID tenantId) {
        return service.rules(tenantId);
    }

    /**
     * Books the return; {@code idempotencyKey} (optional) makes a repeated submission answer the first booking. Throws the
     * API's 4xx problems (a rule broken, an item not shipped) as {@link io.shipgate.gateway.platform.problem.ApiException}.
     */
    public ReturnView book(UUID tenantId, String idempotencyKey, CreateReturnRequest request) {
        return service.get(tenantId, service.create(tenantId, idempotencyKey, request).returnId());
    }
}
