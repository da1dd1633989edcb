package io.shipgate.gateway.address;

import io.shipgate.carrier.model.AddressValidation;
import io.shipgate.gateway.platform.openapi.ErrorResponses;
import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.shipment.ShipmentMapper;
import io.shipgate.gateway.tenant.Tenant;
import io.shipgate.routes.port.CarrierSelection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Addresses", description = "Address validation by a carrier.")
class AddressController {

    private final AddressService service;

    AddressController(AddressService service) {
        this.service = service;
    }

    @PostMapping("/v1/addresses/validate")
    @Operation(operationId = "validateAddress", summary = "Validate an address with a carrier", description = """
            verdict VALID, AMBIGUOUS or INVALID, the carrier's candidates (corrections) best first, and whether it is residential.
            422 capability-not-supported when the carrier offers no address validation.""")
    @ExampleBodies(request = "address-validation-request", response = "address-validation")
    @ErrorResponses({422, 502, 503, 504})
    AddressValidationView validate(Tenant tenant, @Valid @RequestBody ValidateAddressRequest request) {
        if (request.carrierAccountId() == null && (request.carrier() == null || request.carrier().isBlank())) {
            throw ApiException.invalid("carrier_account_id", "is required (or carrier, when the tenant has one account of it)");
        }
        return AddressMapper.view(service.validate(tenant.id(), new CarrierSelection(request.carrierAccountId(), request.carrier()),
                ShipmentMapper.toAddress(request.address())));
    }
}
