package io.shipgate.routes.returns;

import io.shipgate.carrier.model.Cancellation;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.RouteConfigurations;
import io.shipgate.routes.carrier.CarrierConnection;
import io.shipgate.routes.carrier.CarrierInvoker;
import io.shipgate.routes.port.CarrierAccountDirectory;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Customer returns (reverse pickups), the carrier-facing steps; the gateway's returns module stores what they answer.
 *
 * <pre>
 * direct:createReturn -> connect the carrier account -> circuit breaker + time limit
 *                     -> adapter.createReturn with the carrier idempotency key -> {@link ReturnBooking}
 * direct:cancelReturn -> connect the account -> adapter.cancelShipment of the return's AWB where the carrier offers it
 *                        (INVALID_STATE once the courier has the parcel) -> {@link ReturnCancellation}
 * </pre>
 */
@Component
public class ReturnRoute extends RouteBuilder {

    private final CarrierAccountDirectory accounts;
    private final CarrierInvoker invoker;

    public ReturnRoute(CarrierAccountDirectory accounts, CarrierInvoker invoker) {
        this.accounts = accounts;
        this.invoker = invoker;
    }

    @Override
    public void configure() {
        from(Endpoints.CREATE_RETURN).routeId("createReturn")
                .routeConfigurationId(RouteConfigurations.REQUEST_REPLY)
                .process(this::book);

        from(Endpoints.CANCEL_RETURN).routeId("cancelReturn")
                .routeConfigurationId(RouteConfigurations.REQUEST_REPLY)
                .process(this::cancel);
    }

    private void book(Exchange exchange) {
        CreateReturnCommand command = exchange.getIn().getBody(CreateReturnCommand.class);
        CarrierConnection carrier = accounts.connect(command.tenantId(), command.selection());
        ShipmentConfirmation confirmation = invoker.invoke(carrier.withIdempotencyKey(command.carrierIdempotencyKey()),
                Capability.CREATE_RETURN, ctx -> carrier.adapter().createReturn(ctx, command.request()));
        exchange.getIn().setBody(new ReturnBooking(carrier.accountId(), carrier.carrier(), confirmation));
    }

    private void cancel(Exchange exchange) {
        CancelReturnCommand command = exchange.getIn().getBody(CancelReturnCommand.class);
        CarrierConnection carrier = accounts.connect(command.tenantId(), command.carrierAccountId());
        if (!carrier.adapter().descriptor().capabilities().supports(Capability.CANCEL_SHIPMENT)) {
            exchange.getIn().setBody(new ReturnCancellation(false, null));
            return;
        }
        Cancellation cancellation = invoker.invoke(carrier, Capability.CANCEL_SHIPMENT,
                ctx -> carrier.adapter().cancelShipment(ctx, command.ref()));
        exchange.getIn().setBody(new ReturnCancellation(true, cancellation.carrierMessage()));
    }
}
