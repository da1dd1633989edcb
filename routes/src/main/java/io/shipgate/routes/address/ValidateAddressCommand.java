package io.shipgate.routes.address;

import io.shipgate.carrier.model.Address;
import io.shipgate.routes.port.CarrierSelection;

import java.util.UUID;

/** Ask a carrier whether an address exists, for its corrections and residential classification. */
public record ValidateAddressCommand(UUID tenantId, CarrierSelection selection, Address address) {
}
