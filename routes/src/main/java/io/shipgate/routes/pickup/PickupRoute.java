package io.shipgate.routes.pickup;

import io.shipgate.carrier.model.PickupConfirmation;
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
 * Courier pickups at the carrier.
 *
 * <pre>
 * direct:schedulePickup -> connect the carrier account -> circuit breaker + time limit -> adapter.schedulePickup
 * direct:cancelPickup   -> connect the carrier account -> circuit breaker + time limit -> adapter.cancelPickup
 * </pre>
 * The gateway validates the request (warehouse, date, window) before it sends here, and stores the answer.
 */
@Component
public class PickupRoute extends RouteBuilder {

    private final CarrierAccountDirectory accounts;
    private final CarrierInvoker invoker;

    public PickupRoute(CarrierAccountDirectory accounts, CarrierInvoker invoker) {
        this.accounts = accounts;
        this.invoker = invoker;
    }

    @Override
    public void configure() {
        from(Endpoints.SCHEDULE_PICKUP).routeId("schedulePickup")
                .routeConfigurationId(RouteConfigurations.REQUEST_REPLY)
                .process(this::schedule);

        from(Endpoints.CANCEL_PICKUP).routeId("cancelPickup")
                .routeConfigurationId(RouteConfigurations.REQUEST_REPLY)
                .process(this::cancel);
    }

    private void schedule(Exchange exchange) {
        SchedulePickupCommand command = exchange.getIn().getBody(SchedulePickupCommand.class);
        CarrierConnection carrier = accounts.connect(command.tenantId(), command.carrierAccountId());
        PickupConfirmation confirmation = invoker.invoke(carrier, Capability.SCHEDULE_PICKUP,
                ctx -> carrier.adapter().schedulePickup(ctx, command.request()));
        exchange.getIn().setBody(confirmation);
    }

    private void cancel(Exchange exchange) {
        CancelPickupCommand command = exchange.getIn().getBody(CancelPickupCommand.class);
        CarrierConnection carrier = accounts.connect(command.tenantId(), command.carrierAccountId());
        invoker.invoke(carrier, Capability.CANCEL_PICKUP, ctx -> {
            carrier.adapter().cancelPickup(ctx, command.pickup());
            return null;
        });
        exchange.getIn().setBody(null);
    }
}
