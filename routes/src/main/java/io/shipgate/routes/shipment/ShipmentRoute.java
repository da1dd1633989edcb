package io.shipgate.routes.shipment;

import io.shipgate.carrier.model.Cancellation;
import io.shipgate.carrier.model.NdrAction;
import io.shipgate.carrier.model.NdrActionRequest;
import io.shipgate.carrier.model.NdrActionResult;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.UnsupportedCapabilityException;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.RouteConfigurations;
import io.shipgate.routes.carrier.CarrierConnection;
import io.shipgate.routes.carrier.CarrierEligibility;
import io.shipgate.routes.carrier.CarrierInvoker;
import io.shipgate.routes.port.CarrierAccountDirectory;
import io.shipgate.routes.port.IdempotencyKeys;
import io.shipgate.routes.port.PurchaseIntents;
import io.shipgate.routes.port.ShipmentSnapshot;
import io.shipgate.routes.port.Shipments;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/**
 * The shipment lifecycle's carrier-facing steps.
 *
 * <pre>
 * direct:createShipment
 *   -> claim the idempotency key (a completed key answers the id of the shipment it bought)
 *   -> connect the carrier account -> eligibility
 *   -> purchase intent written (key, account, carrier key, request), its lease a multiple of the operation timeout
 *   -> circuit breaker + time limit -> adapter.createShipment with the carrier idempotency key
 *   -> one transaction: shipment, parcels, labels, its created event, key completed with the shipment's id, intent gone
 *   on failure: nothing bought -> intent gone, key released; a label bought but not stored -> voided at the
 *   carrier (else left to the reconciler); outcome unknown (timeout) -> left to the reconciler
 *
 * direct:cancelShipment
 *   -> load (CANCELLED already: done; delivered or another final status: 409) -> adapter.cancelShipment -> record
 *   in the carrier's hands (picked up): a return to origin instead, where the carrier offers one: adapter.ndrAction
 *   RETURN_TO_ORIGIN, else adapter.cancelShipment where the carrier turns a late cancellation into an RTO
 *   -> RTO_REQUESTED recorded; a carrier with neither (or refusing): 409
 *
 * direct:proofOfDelivery
 *   -> load -> adapter.proofOfDelivery
 * </pre>
 */
@Component
public class ShipmentRoute extends RouteBuilder {

    private static final String REPLAY = "shipgate.replay";
    private static final String CARRIER = "shipgate.carrier";
    private static final String CONFIRMATION = "shipgate.confirmation";
    private static final String COMMAND = "shipgate.command";
    private static final String SHIPMENT = "shipgate.shipment";
    private static final String CALLED = "shipgate.carrierCalled";
    private static final String PICKED_UP = "shipgate.pickedUp";

    /** The statuses of a parcel on its way back to origin: cancelling it again asks nothing more. */
    private static final Set<TrackingStatus> RTO = EnumSet.of(TrackingStatus.RTO_REQUESTED, TrackingStatus.RTO_IN_TRANSIT,
            TrackingStatus.RTO_OUT_FOR_DELIVERY, TrackingStatus.RTO_FAILED);

    private final CarrierAccountDirectory accounts;
    private final IdempotencyKeys idempotencyKeys;
    private final Shipments shipments;
    private final PurchaseIntents intents;
    private final CarrierInvoker invoker;
    private final Clock clock;
    private final int leaseMultiplier;

    public ShipmentRoute(CarrierAccountDirectory accounts, IdempotencyKeys idempotencyKeys, Shipments shipments,
                         PurchaseIntents intents, CarrierInvoker invoker, Clock clock,
                         @Value("${shipgate.purchases.lease-multiplier:3}") int leaseMultiplier) {
        this.accounts = accounts;
        this.idempotencyKeys = idempotencyKeys;
        this.shipments = shipments;
        this.intents = intents;
        this.invoker = invoker;
        this.clock = clock;
        this.leaseMultiplier = leaseMultiplier;
    }

    @Override
    public void configure() {
        from(Endpoints.CREATE_SHIPMENT).routeId("createShipment")
                .routeConfigurationId(RouteConfigurations.REQUEST_REPLY)
                .process(this::claimIdempotencyKey)
                .filter(exchangeProperty(REPLAY).isNotNull())
                    .setBody(exchangeProperty(REPLAY))
                    .stop()
                .end()
                .doTry()
                    .process(this::connectCarrier)
                    .process(this::openIntent)
                    .process(this::buyLabel)
                    .process(this::record)
                .doCatch(Exception.class)
                    .process(this::undo)
                .end();

        from(Endpoints.PROOF_OF_DELIVERY).routeId("proofOfDelivery")
                .routeConfigurationId(RouteConfigurations.REQUEST_REPLY)
                .process(this::proofOfDelivery);

        from(Endpoints.CANCEL_SHIPMENT).routeId("cancelShipment")
                .routeConfigurationId(RouteConfigurations.REQUEST_REPLY)
                .process(this::loadCancellable)
                .filter(exchangeProperty(SHIPMENT).isNull())
                    .stop()
                .end()
                .choice()
                    .when(exchangeProperty(PICKED_UP).isEqualTo(true))
                        .process(this::returnToOrigin)
                    .otherwise()
                        .process(this::cancelAtCarrier)
                .end();
    }

    private void claimIdempotencyKey(Exchange exchange) {
        CreateShipmentCommand command = exchange.getIn().getBody(CreateShipmentCommand.class);
        exchange.setProperty(COMMAND, command);
        if (command.idempotencyKey() != null) {
            idempotencyKeys.claim(command.tenantId(), command.idempotencyKey(), command.requestHash(), command.purchaseId())
                    .ifPresent(shipmentId -> exchange.setProperty(REPLAY, new ShipmentPurchase.Replayed(shipmentId)));
        }
    }

    private void connectCarrier(Exchange exchange) {
        CreateShipmentCommand command = exchange.getProperty(COMMAND, CreateShipmentCommand.class);
        CarrierConnection carrier = accounts.connect(command.tenantId(), command.selection());
        CarrierEligibility.check(carrier, command.request().toRateRequest()).ifPresent(e -> {
            throw e;
        });
        exchange.setProperty(CARRIER, carrier);
    }

    /** Writes the purchase down before the carrier hears of it; a crash from here on is settled by the reconciler. */
    private void openIntent(Exchange exchange) {
        CreateShipmentCommand command = exchange.getProperty(COMMAND, CreateShipmentCommand.class);
        CarrierConnection carrier = exchange.getProperty(CARRIER, CarrierConnection.class);
        intents.open(command, carrier.accountId(), carrier.carrier(), clock.instant().plus(carrier.operationTimeout().multipliedBy(leaseMultiplier)));
    }

    private void buyLabel(Exchange exchange) {
        CreateShipmentCommand command = exchange.getProperty(COMMAND, CreateShipmentCommand.class);
        CarrierConnection carrier = exchange.getProperty(CARRIER, CarrierConnection.class);
        exchange.setProperty(CALLED, true);
        ShipmentConfirmation confirmation = invoker.invoke(carrier.withIdempotencyKey(command.carrierIdempotencyKey()),
                Capability.CREATE_SHIPMENT, ctx -> carrier.adapter().createShipment(ctx, command.request()));
        exchange.setProperty(CONFIRMATION, confirmation);
    }

    private void record(Exchange exchange) {
        CreateShipmentCommand command = exchange.getProperty(COMMAND, CreateShipmentCommand.class);
        CarrierConnection carrier = exchange.getProperty(CARRIER, CarrierConnection.class);
        ShipmentConfirmation confirmation = exchange.getProperty(CONFIRMATION, ShipmentConfirmation.class);
        exchange.getIn().setBody(new ShipmentPurchase.Bought(shipments.recordPurchase(command, carrier.accountId(), carrier.carrier(),
                confirmation)));
    }

    /**
     * Nothing half-way: a label bought but not stored is voided (else left to the reconciler); when the
     * carrier's answer never came, whether it sold a label is unknown and the reconciler finds out;
     * otherwise nothing was bought and the key is given back. Then the failure goes to the caller.
     */
    private void undo(Exchange exchange) throws Exception {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        CreateShipmentCommand command = exchange.getProperty(COMMAND, CreateShipmentCommand.class);
        CarrierConnection carrier = exchange.getProperty(CARRIER, CarrierConnection.class);
        ShipmentConfirmation bought = exchange.getProperty(CONFIRMATION, ShipmentConfirmation.class);
        if (bought != null) {
            if (voided(carrier, bought)) {
                intents.abandon(command);
            } else {
                intents.leaveToReconciler(command, bought.awb(), "the label was bought but could not be stored, and voiding it failed");
            }
        } else if (exchange.getProperty(CALLED, false, Boolean.class) && outcomeUnknown(failure)) {
            log.warn("{} purchase {}: the carrier's answer never came; the purchase reconciler settles it", carrier.carrier(),
                    command.purchaseId());
            intents.leaveToReconciler(command, null, failure.getMessage());
        } else {
            intents.abandon(command);
        }
        throw failure;
    }

    private boolean voided(CarrierConnection carrier, ShipmentConfirmation bought) {
        if (!carrier.adapter().descriptor().capabilities().supports(Capability.CANCEL_SHIPMENT)) {
            log.error("{} label {} was bought but could not be stored, and {} cannot void labels", carrier.carrier(), bought.awb(),
                    carrier.carrier());
            return false;
        }
        try {
            invoker.invoke(carrier, Capability.CANCEL_SHIPMENT,
                    ctx -> carrier.adapter().cancelShipment(ctx, new ShipmentRef(bought.awb(), bought.carrierShipmentId(), null)));
            log.warn("{} label {} was bought but could not be stored; it was voided at the carrier", carrier.carrier(), bought.awb());
            return true;
        } catch (RuntimeException voidFailure) {
            log.error("{} label {} was bought but could not be stored, and voiding it failed; the purchase reconciler tries again: {}",
                    carrier.carrier(), bought.awb(), voidFailure.getMessage());
            return false;
        }
    }

    /**
     * Whether the carrier may have sold a label although the call failed: it did not answer in time,
     * or its answer could not be understood (UNKNOWN, or not a carrier error at all, e.g. a label that
     * cannot be read). A refusal or an unavailable carrier means nothing was bought.
     */
    static boolean outcomeUnknown(Exception failure) {
        if (failure instanceof CarrierException e) {
            return e.category() == CarrierErrorCategory.TIMEOUT || e.category() == CarrierErrorCategory.UNKNOWN;
        }
        return !(failure instanceof UnsupportedCapabilityException);
    }

    private void proofOfDelivery(Exchange exchange) {
        ProofOfDeliveryCommand command = exchange.getIn().getBody(ProofOfDeliveryCommand.class);
        ShipmentSnapshot shipment = shipments.load(command.tenantId(), command.shipmentId());
        CarrierConnection carrier = accounts.connect(shipment.tenantId(), shipment.carrierAccountId());
        exchange.getIn().setBody(invoker.invoke(carrier, Capability.PROOF_OF_DELIVERY,
                ctx -> carrier.adapter().proofOfDelivery(ctx, shipment.ref())));
    }

    private void loadCancellable(Exchange exchange) {
        CancelShipmentCommand command = exchange.getIn().getBody(CancelShipmentCommand.class);
        ShipmentSnapshot shipment = shipments.load(command.tenantId(), command.shipmentId());
        if (shipment.status() == TrackingStatus.CANCELLED) {
            exchange.getIn().setBody(CancelOutcome.CANCELLED);
            return; // cancelling twice is not an error
        }
        if (RTO.contains(shipment.status())) {
            exchange.getIn().setBody(CancelOutcome.RTO_REQUESTED);
            return; // on its way back already
        }
        if (shipment.status().terminal()) {
            throw new ShipmentStateException(shipment.id(), shipment.status(),
                    "the shipment is " + shipment.status() + ": it can no longer be cancelled");
        }
        exchange.setProperty(PICKED_UP, shipment.status().inCarrierHands());
        exchange.setProperty(SHIPMENT, shipment);
    }

    private void cancelAtCarrier(Exchange exchange) {
        ShipmentSnapshot shipment = exchange.getProperty(SHIPMENT, ShipmentSnapshot.class);
        CarrierConnection carrier = accounts.connect(shipment.tenantId(), shipment.carrierAccountId());
        Cancellation cancellation = invoker.invoke(carrier, Capability.CANCEL_SHIPMENT,
                ctx -> carrier.adapter().cancelShipment(ctx, shipment.ref()));
        shipments.recordCancelled(shipment, cancellation);
        exchange.getIn().setBody(CancelOutcome.CANCELLED);
    }

    /**
     * A cancellation once the carrier has the parcel: a return to origin (RTO) where the carrier offers one, through its NDR
     * action, or through its cancellation, which some carriers (Delhivery) turn into an RTO after pickup; a 409 otherwise.
     */
    private void returnToOrigin(Exchange exchange) {
        ShipmentSnapshot shipment = exchange.getProperty(SHIPMENT, ShipmentSnapshot.class);
        CarrierConnection carrier = accounts.connect(shipment.tenantId(), shipment.carrierAccountId());
        var capabilities = carrier.adapter().descriptor().capabilities();
        if (capabilities.supports(Capability.NDR_ACTION)) {
            try {
                NdrActionResult result = invoker.invoke(carrier, Capability.NDR_ACTION, ctx -> carrier.adapter().ndrAction(ctx,
                        new NdrActionRequest(shipment.ref(), NdrAction.RETURN_TO_ORIGIN, null, null, null, "cancelled by the merchant")));
                if (result.status() == NdrActionResult.Status.REJECTED) {
                    throw notReturnable(shipment, carrier.carrier() + " refused to return it to origin"
                            + (result.carrierMessage() == null ? "" : ": " + result.carrierMessage()));
                }
                recordRto(exchange, shipment, result.carrierMessage());
                return;
            } catch (CarrierException e) {
                if (e.category() != CarrierErrorCategory.INVALID_REQUEST) {
                    throw e;
                }
                // the carrier's NDR actions have no return to origin: its cancellation may
            }
        }
        if (capabilities.supports(Capability.CANCEL_SHIPMENT)) {
            Cancellation cancellation;
            try {
                cancellation = invoker.invoke(carrier, Capability.CANCEL_SHIPMENT, ctx -> carrier.adapter().cancelShipment(ctx, shipment.ref()));
            } catch (CarrierException e) {
                if (e.category() == CarrierErrorCategory.INVALID_STATE) {
                    throw notReturnable(shipment, carrier.carrier() + " refuses to cancel it now and offers no return to origin: " + e.getMessage());
                }
                throw e;
            }
            recordRto(exchange, shipment, cancellation.carrierMessage());
            return;
        }
        throw notReturnable(shipment, carrier.carrier() + " offers no return to origin");
    }

    private void recordRto(Exchange exchange, ShipmentSnapshot shipment, String carrierMessage) {
        shipments.recordRtoRequested(shipment, carrierMessage);
        exchange.getIn().setBody(CancelOutcome.RTO_REQUESTED);
    }

    private static ShipmentStateException notReturnable(ShipmentSnapshot shipment, String why) {
        return new ShipmentStateException(shipment.id(), shipment.status(), "the shipment is " + shipment.status()
                + ": the carrier has the parcel, so it can no longer be cancelled, and " + why);
    }
}
