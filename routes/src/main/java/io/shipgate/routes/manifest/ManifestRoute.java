package io.shipgate.routes.manifest;

import io.shipgate.carrier.model.ManifestConfirmation;
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
 * End-of-day manifests at the carrier.
 *
 * <pre>
 * direct:closeManifest -> connect the carrier account
 *   -> the carrier lacks CLOSE_MANIFEST: NotSupported (the manifest is local only)
 *   -> else circuit breaker + time limit -> adapter.closeManifest -> Closed
 * </pre>
 */
@Component
public class ManifestRoute extends RouteBuilder {

    private final CarrierAccountDirectory accounts;
    private final CarrierInvoker invoker;

    public ManifestRoute(CarrierAccountDirectory accounts, CarrierInvoker invoker) {
        this.accounts = accounts;
        this.invoker = invoker;
    }

    @Override
    public void configure() {
        from(Endpoints.CLOSE_MANIFEST).routeId("closeManifest")
                .routeConfigurationId(RouteConfigurations.REQUEST_REPLY)
                .process(this::close);
    }

    private void close(Exchange exchange) {
        CloseManifestCommand command = exchange.getIn().getBody(CloseManifestCommand.class);
        CarrierConnection carrier = accounts.connect(command.tenantId(), command.carrierAccountId());
        if (!carrier.adapter().descriptor().capabilities().supports(Capability.CLOSE_MANIFEST)) {
            exchange.getIn().setBody(new ManifestClose.NotSupported(carrier.carrier()));
            return;
        }
        ManifestConfirmation confirmation = invoker.invoke(carrier, Capability.CLOSE_MANIFEST,
                ctx -> carrier.adapter().closeManifest(ctx, command.request()));
        exchange.getIn().setBody(new ManifestClose.Closed(confirmation));
    }
}
