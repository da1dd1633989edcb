package io.shipgate.routes.edd;

import io.shipgate.carrier.model.Edd;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.RouteConfigurations;
import io.shipgate.routes.carrier.CarrierConnection;
import io.shipgate.routes.carrier.CarrierInvoker;
import io.shipgate.routes.port.CarrierAccountDirectory;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A carrier's committed delivery dates (the SPI's {@code ESTIMATE_DELIVERY}).
 *
 * <pre>
 * direct:estimateDelivery -> connect the carrier account -> circuit breaker + time limit -> adapter.estimateDelivery
 * </pre>
 */
@Component
public class EstimateDeliveryRoute extends RouteBuilder {

    private final CarrierAccountDirectory accounts;
    private final CarrierInvoker invoker;

    public EstimateDeliveryRoute(CarrierAccountDirectory accounts, CarrierInvoker invoker) {
        this.accounts = accounts;
        this.invoker = invoker;
    }

    @Override
    public void configure() {
        from(Endpoints.ESTIMATE_DELIVERY).routeId("estimateDelivery")
                .routeConfigurationId(RouteConfigurations.REQUEST_REPLY)
                .process(exchange -> {
                    EstimateDeliveryCommand command = exchange.getIn().getBody(EstimateDeliveryCommand.class);
                    CarrierConnection carrier = accounts.connect(command.tenantId(), command.carrierAccountId());
                    List<Edd> answer = invoker.invoke(carrier, Capability.ESTIMATE_DELIVERY, command.timeout(),
                            ctx -> carrier.adapter().estimateDelivery(ctx, command.request()));
                    exchange.getIn().setBody(answer);
                });
    }
}
