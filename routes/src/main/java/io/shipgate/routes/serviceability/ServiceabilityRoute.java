package io.shipgate.routes.serviceability;

import io.shipgate.carrier.model.Serviceability;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.RouteConfigurations;
import io.shipgate.routes.carrier.CarrierConnection;
import io.shipgate.routes.carrier.CarrierInvoker;
import io.shipgate.routes.port.CarrierAccountDirectory;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * A carrier's live serviceability check (Delhivery's pincode API, the sandbox's).
 *
 * <pre>
 * direct:checkServiceability -> connect the carrier account -> circuit breaker + time limit -> adapter.checkServiceability
 * </pre>
 */
@Component
public class ServiceabilityRoute extends RouteBuilder {

    private final CarrierAccountDirectory accounts;
    private final CarrierInvoker invoker;

    public ServiceabilityRoute(CarrierAccountDirectory accounts, CarrierInvoker invoker) {
        this.accounts = accounts;
        this.invoker = invoker;
    }

    @Override
    public void configure() {
        from(Endpoints.CHECK_SERVICEABILITY).routeId("checkServiceability")
                .routeConfigurationId(RouteConfigurations.REQUEST_REPLY)
                .process(exchange -> {
                    CheckServiceabilityCommand command = exchange.getIn().getBody(CheckServiceabilityCommand.class);
                    CarrierConnection carrier = accounts.connect(command.tenantId(), command.carrierAccountId());
                    Serviceability answer = invoker.invoke(carrier, Capability.SERVICEABILITY, command.timeout(),
                            ctx -> carrier.adapter().checkServiceability(ctx, command.request()));
                    exchange.getIn().setBody(answer);
                });
    }
}
