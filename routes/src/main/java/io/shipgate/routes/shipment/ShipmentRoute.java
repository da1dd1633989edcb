package io.shipgate.routes.shipment;

import io.shipgate.carrier.model.Cancellation;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.carrier.CarrierConnection;
import io.shipgate.routes.carrier.CarrierEligibility;
import io.shipgate.routes.carrier.CarrierInvoker;
import io.shipgate.routes.port.CarrierAccountDirectory;
import io.shipgate.routes.port.IdempotencyKeys;
import io.shipgate.routes.port.ShipmentLedger;
import io.shipgate.routes.port.ShipmentSnapshot;
import io.shipgate.routes.port.StoredResponse;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The shipment lifecycle's carrier-facing steps.
 *
 * <pre>
 * direct:createShipment
 *   -> claim the idempotency key (own transaction)  -- a completed key answers its stored response
 *   -> connect the carrier account -> eligibility -> circuit breaker + time limit -> adapter.createShipment
 *   -> one transaction: shipment, parcels, labels, outbox event, key completed with the answer
 *   on failure: a label bought but not stored is voided at the carrier, the key is released
 *
 * direct:cancelShipment
 *   -> load (CANCELLED already: done; in the carrier's hands: 409) -> adapter.cancelShipment -> record
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

    private final CarrierAccountDirectory accounts;
    private final IdempotencyKeys idempotencyKeys;
    private final ShipmentLedger ledger;
    private final CarrierInvoker invoker;

    public ShipmentRoute(CarrierAccountDirectory accounts, IdempotencyKeys idempotencyKeys, ShipmentLedger ledger,
                         CarrierInvoker invoker) {
        this.accounts = accounts;
        this.idempotencyKeys = idempotencyKeys;
        this.ledger = ledger;
        this.invoker = invoker;
    }

    @Override
    public void configure() {
        from(Endpoints.CREATE_SHIPMENT).routeId("createShipment")
                .process(this::claimIdempotencyKey)
                .filter(exchangeProperty(REPLAY).isNotNull())
                    .setBody(exchangeProperty(REPLAY))
                    .stop()
                .end()
                .doTry()
                    .process(this::connectCarrier)
                    .process(this::buyLabel)
                    .process(this::record)
                .doCatch(Exception.class)
                    .process(this::undo)
                .end();

        from(Endpoints.PROOF_OF_DELIVERY).routeId("proofOfDelivery")
                .process(this::proofOfDelivery);

        from(Endpoints.CANCEL_SHIPMENT).routeId("cancelShipment")
                .process(this::loadCancellable)
                .filter(exchangeProperty(SHIPMENT).isNull())
                    .stop()
                .end()
                .process(this::cancelAtCarrier);
    }

    private void claimIdempotencyKey(Exchange exchange) {
        CreateShipmentCommand command = exchange.getIn().getBody(CreateShipmentCommand.class);
        exchange.setProperty(COMMAND, command);
        if (command.idempotencyKey() != null) {
            idempotencyKeys.claim(command.tenantId(), command.idempotencyKey(), command.requestHash())
                    .map(StoredResponse::asReplay)
                    .ifPresent(replay -> exchange.setProperty(REPLAY, replay));
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

    private void buyLabel(Exchange exchange) {
        CreateShipmentCommand command = exchange.getProperty(COMMAND, CreateShipmentCommand.class);
        CarrierConnection carrier = exchange.getProperty(CARRIER, CarrierConnection.class);
        CarrierConnection purchase = command.idempotencyKey() == null ? carrier : carrier.withIdempotencyKey(command.carrierIdempotencyKey());
        ShipmentConfirmation confirmation = invoker.invoke(purchase, Capability.CREATE_SHIPMENT,
                ctx -> carrier.adapter().createShipment(ctx, command.request()));
        exchange.setProperty(CONFIRMATION, confirmation);
    }

    private void record(Exchange exchange) {
        CreateShipmentCommand command = exchange.getProperty(COMMAND, CreateShipmentCommand.class);
        CarrierConnection carrier = exchange.getProperty(CARRIER, CarrierConnection.class);
        ShipmentConfirmation confirmation = exchange.getProperty(CONFIRMATION, ShipmentConfirmation.class);
        exchange.getIn().setBody(ledger.recordCreated(command, carrier, confirmation));
    }

    /** Nothing half-way: void a label that was bought but not stored, give the key back, and fail. */
    private void undo(Exchange exchange) throws Exception {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        CreateShipmentCommand command = exchange.getProperty(COMMAND, CreateShipmentCommand.class);
        CarrierConnection carrier = exchange.getProperty(CARRIER, CarrierConnection.class);
        ShipmentConfirmation bought = exchange.getProperty(CONFIRMATION, ShipmentConfirmation.class);
        if (bought != null && carrier.adapter().descriptor().capabilities().supports(Capability.CANCEL_SHIPMENT)) {
            try {
                invoker.invoke(carrier, Capability.CANCEL_SHIPMENT,
                        ctx -> carrier.adapter().cancelShipment(ctx, new ShipmentRef(bought.awb(), bought.carrierShipmentId(), null)));
                log.warn("{} label {} was bought but could not be stored; it was voided at the carrier", carrier.carrier(), bought.awb());
            } catch (RuntimeException voidFailure) {
                log.error("{} label {} was bought but could not be stored, and voiding it failed: void it by hand",
                        carrier.carrier(), bought.awb(), voidFailure);
            }
        }
        if (command.idempotencyKey() != null) {
            idempotencyKeys.release(command.tenantId(), command.idempotencyKey());
        }
        throw failure;
    }

    private void proofOfDelivery(Exchange exchange) {
        ProofOfDeliveryCommand command = exchange.getIn().getBody(ProofOfDeliveryCommand.class);
        ShipmentSnapshot shipment = ledger.load(command.tenantId(), command.shipmentId());
        CarrierConnection carrier = accounts.connect(shipment.tenantId(), shipment.carrierAccountId());
        exchange.getIn().setBody(invoker.invoke(carrier, Capability.PROOF_OF_DELIVERY,
                ctx -> carrier.adapter().proofOfDelivery(ctx, shipment.ref())));
    }

    private void loadCancellable(Exchange exchange) {
        CancelShipmentCommand command = exchange.getIn().getBody(CancelShipmentCommand.class);
        ShipmentSnapshot shipment = ledger.load(command.tenantId(), command.shipmentId());
        if (shipment.status() == TrackingStatus.CANCELLED) {
            return; // cancelling twice is not an error
        }
        if (shipment.status().inCarrierHands() || shipment.status().terminal()) {
            throw new ShipmentStateException(shipment.id(), shipment.status(),
                    "the shipment is " + shipment.status() + ": once the carrier has the parcel it can no longer be cancelled");
        }
        exchange.setProperty(SHIPMENT, shipment);
    }

    private void cancelAtCarrier(Exchange exchange) {
        ShipmentSnapshot shipment = exchange.getProperty(SHIPMENT, ShipmentSnapshot.class);
        CarrierConnection carrier = accounts.connect(shipment.tenantId(), shipment.carrierAccountId());
        Cancellation cancellation = invoker.invoke(carrier, Capability.CANCEL_SHIPMENT,
                ctx -> carrier.adapter().cancelShipment(ctx, shipment.ref()));
        ledger.recordCancelled(shipment, cancellation);
    }
}
