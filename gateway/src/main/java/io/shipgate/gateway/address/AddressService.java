package io.shipgate.gateway.address;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.AddressValidation;
import io.shipgate.gateway.platform.routes.RouteClient;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.address.ValidateAddressCommand;
import io.shipgate.routes.port.CarrierSelection;
import org.springframework.stereotype.Service;

import java.util.UUID;

/** Address validation by the carrier of one of the tenant's accounts, through the address route. */
@Service
class AddressService {

    private final RouteClient routes;

    AddressService(RouteClient routes) {
        this.routes = routes;
    }

    AddressValidation validate(UUID tenantId, CarrierSelection carrier, Address address) {
        return routes.request(Endpoints.VALIDATE_ADDRESS, new ValidateAddressCommand(tenantId, carrier, address), AddressValidation.class);
    }
}
