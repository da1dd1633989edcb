package io.shipgate.gateway.ndr;

import io.shipgate.carrier.model.NdrReason;
import io.shipgate.gateway.shipment.AddressView;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * NDR for the customer's self-service page (issue 19): the shipment's case, the days a reschedule may go to, and the
 * customer's action, sent through the same path as {@code POST /v1/ndr/{id}/actions} (checks, the NDR action route, the
 * carrier) and recorded with the actor {@value #CUSTOMER}.
 */
@Component
public class NdrSelfService {

    /** The actor of an action the customer took on the self-service page. */
    public static final String CUSTOMER = "customer";

    private final JdbcNdrCases cases;
    private final NdrService service;

    NdrSelfService(JdbcNdrCases cases, NdrService service) {
        this.cases = cases;
        this.service = service;
    }

    /**
     * A case as the customer's page shows it.
     *
     * @param waiting    open: waiting for an action (an actioned or closed case takes none from the customer)
     * @param reschedule the days a reschedule may go to (the carrier's window)
     */
    public record CustomerCase(UUID id, UUID shipmentId, String awb, String carrier, NdrReason reason, int attempts, Instant deadline,
                               boolean waiting, List<LocalDate> reschedule) {
    }

    /** The shipment's case that is not closed, if any. */
    public Optional<CustomerCase> openCase(UUID tenantId, UUID shipmentId) {
        return cases.findOpen(tenantId, shipmentId).map(this::view);
    }

    /** The tenant's case, if it is one. */
    public Optional<CustomerCase> find(UUID tenantId, UUID caseId) {
        return cases.find(tenantId, caseId).map(this::view);
    }

    /**
     * The customer's action: reschedule ({@code deferredDate}), change_phone ({@code newPhone}), change_address
     * ({@code newAddress}) or re_attempt; a 4xx {@link io.shipgate.gateway.platform.problem.ApiException} when the case or
     * the action's fields do not allow it.
     */
    public UUID act(UUID tenantId, UUID caseId, String action, LocalDate deferredDate, String newPhone, AddressView newAddress,
                    String remarks) {
        return service.act(tenantId, caseId, null, CUSTOMER, new CreateNdrActionRequest(action, deferredDate, newAddress, newPhone, remarks))
                .actionId();
    }

    private CustomerCase view(NdrCase c) {
        return new CustomerCase(c.id(), c.shipmentId(), c.awb(), c.carrier(), c.reason(), c.attempts(), c.actionDeadline(),
                NdrCase.OPEN.equals(c.status()), service.rescheduleWindow(c.carrier()));
    }
}
