package io.shipgate.gateway.address;

import io.shipgate.carrier.model.AddressValidation;
import io.shipgate.gateway.shipment.ShipmentMapper;

/** Address validation's contract and the universal model. */
final class AddressMapper {

    private AddressMapper() {
    }

    static AddressValidationView view(AddressValidation validation) {
        return new AddressValidationView(validation.verdict(), validation.residential(),
                validation.candidates().stream().map(ShipmentMapper::view).toList(), validation.messages());
    }
}
