package io.shipgate.routes.ndr;

import io.shipgate.carrier.model.NdrActionRequest;
import io.shipgate.carrier.model.NdrActionResult;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.carrier.spi.CarrierCapabilities;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.RouteConfigurations;
import io.shipgate.routes.carrier.CarrierConnection;
import io.shipgate.routes.carrier.CarrierInvoker;
import io.shipgate.routes.port.CarrierAccountDirectory;
import io.shipgate.routes.port.IdempotencyKeys;
import io.shipgate.routes.port.NdrCases;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An action on an NDR case (re-attempt, reschedule, change address or phone, return to origin), from the API or a policy.
 *
 * <pre>
 * direct:ndrAction (NdrActionCommand -> NdrActionOutcome)
 *   -> claim the Idempotency-Key, when there is one (a completed key answers the action it recorded: Replayed)
 *   -> the case is the tenant's (404), not closed (409)
 *   -> connect the shipment's carrier account -> the adapter declares NDR_ACTION and this action (else 422 naming it)
 *   -> begin: still not closed, no action running, accepted or pending for the case's current attempt (409); the
 *      action is written down as running
 *   -> circuit breaker + time limit -> adapter.ndrAction
 *   -> one transaction: the answer (accepted, pending with the carrier's request id, rejected with its reason), the case
 *      actioned, ndr.actioned, the key completed
 *   a carrier refusal (invalid request or state, not found, not serviceable) is recorded as rejected;
 *   any other failure (carrier unavailable, timeout, unsupported): nothing is recorded, the key is released, the
 *   failure goes to the caller
 * </pre>
 */
@Component
public class NdrActionRoute extends RouteBuilder {

    /** The carrier's refusals, recorded as a rejected action (the carrier's answer); anything else records nothing. */
    static final Set<CarrierErrorCategory> REFUSALS = EnumSet.of(CarrierErrorCategory.INVALID_REQUEST, CarrierErrorCategory.INVALID_STATE,
            CarrierErrorCategory.NOT_FOUND, CarrierErrorCategory.NOT_SERVICEABLE);

    private final NdrCases cases;
    private final IdempotencyKeys idempotencyKeys;
    private final CarrierAccountDirectory accounts;
    private final CarrierInvoker invoker;

    public NdrActionRoute(NdrCases cases, IdempotencyKeys idempotencyKeys, CarrierAccountDirectory accounts, CarrierInvoker invoker) {
        this.cases = cases;
        this.idempotencyKeys = idempotencyKeys;
        this.accounts = accounts;
        this.invoker = invoker;
    }

    @Override
    public void configure() {
        from(Endpoints.NDR_ACTION).routeId("ndrAction")
                .routeConfigurationId(RouteConfigurations.REQUEST_REPLY)
                .process(exchange -> exchange.getIn().setBody(act(exchange.getIn().getBody(NdrActionCommand.class))));
    }

    /** Takes the action (see the class comment); the NDR job calls it for policies, on its own thread. */
    public NdrActionOutcome act(NdrActionCommand command) {
        if (command.idempotencyKey() != null) {
            Optional<UUID> replayed = idempotencyKeys.claim(command.tenantId(), command.idempotencyKey(), command.requestHash(),
                    command.actionId());
            if (replayed.isPresent()) {
                return new NdrActionOutcome.Replayed(replayed.get());
            }
        }
        NdrTarget target;
        CarrierConnection carrier;
        try {
            NdrTarget found = cases.target(command);
            carrier = accounts.connect(found.tenantId(), found.carrierAccountId());
            checkOffered(carrier, command);
            target = cases.begin(command);
        } catch (RuntimeException e) {
            cases.abandon(command);
            throw e;
        }
        try {
            NdrActionResult result = invoker.invoke(carrier, Capability.NDR_ACTION, ctx -> carrier.adapter().ndrAction(ctx,
                    new NdrActionRequest(target.shipment(), command.action(), command.deferredDate(), command.newAddress(),
                            command.newPhone(), command.remarks())));
            cases.answered(command, target, result);
            return new NdrActionOutcome.Recorded(command.actionId(), result.status());
        } catch (CarrierException e) {
            if (!REFUSALS.contains(e.category())) {
                cases.abandon(command);
                throw e;
            }
            cases.refused(command, target, e);
            return new NdrActionOutcome.Recorded(command.actionId(), NdrActionResult.Status.REJECTED);
        } catch (RuntimeException e) {
            cases.abandon(command);
            throw e;
        }
    }

    /** The adapter's declared capabilities, checked before any call: NDR_ACTION, and this action among its NDR actions. */
    static void checkOffered(CarrierConnection carrier, NdrActionCommand command) {
        CarrierCapabilities capabilities = carrier.adapter().descriptor().capabilities();
        Set<io.shipgate.carrier.model.NdrAction> offered = capabilities.supports(Capability.NDR_ACTION) ? capabilities.ndrActions() : Set.of();
        if (!offered.contains(command.action())) {
            throw new UnsupportedNdrActionException(carrier.carrier(), command.action(), offered);
        }
    }
}
