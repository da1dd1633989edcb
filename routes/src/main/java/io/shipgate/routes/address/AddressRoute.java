package io.shipgate.routes.address;

import io.shipgate.carrier.model.AddressValidation;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.RouteConfigurations;
import io.shipgate.routes.carrier.CarrierConnection;
import io.shipgate.routes.carrier.CarrierInvoker;
import io.shipgate.routes.port.CarrierAccountDirectory;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Address validation by a carrier.
 *
 * <pre>
 * direct:validateAddress -> connect the carrier account -> circuit breaker + time limit -> adapter.validateAddress
 * </pre>
 */
@Component
public class AddressRoute extends RouteBuilder {

    private final CarrierAccountDirectory accounts;
    private final CarrierInvoker invoker;

    public AddressRoute(CarrierAccountDirectory accounts, CarrierInvoker invoker) {
        this.accounts = accounts;
        this.invoker = invoker;
    }

    @Override
    public void configure() {
        from(Endpoints.VALIDATE_ADDRESS).routeId("validateAddress")
                .routeConfigurationId(RouteConfigurations.REQUEST_REPLY)
                .process(exchange -> {
                    ValidateAddressCommand command = exchange.getIn().getBody(ValidateAddressCommand.class);
                    CarrierConnection carrier = accounts.connect(command.tenantId(), command.selection());
                    AddressValidation validation = invoker.invoke(carrier, Capability.ADDRESS_VALIDATION,
                            ctx -> carrier.adapter().validateAddress(ctx, command.address()));
                    exchange.getIn().setBody(validation);
                });
    }
}
