package io.shipgate.gateway.address;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.AddressValidation;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.tenant.Tenant;
import io.shipgate.routes.port.CarrierSelection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "Addresses", description = "Address validation by a carrier.")
class AddressController {

    private final AddressService service;

    AddressController(AddressService service) {
        this.service = service;
    }

    /**
     * @param carrierAccountId the account whose carrier validates; or {@code carrier} when the tenant has one account of it
     */
    record Request(UUID carrierAccountId, @Size(max = 40) String carrier, @NotNull @Valid Address address) {
    }

    @PostMapping("/v1/addresses/validate")
    @Operation(summary = "Validate an address with a carrier", description = """
            verdict VALID, AMBIGUOUS or INVALID, the carrier's candidates (corrections) best first, and whether it is residential.
            422 capability-not-supported when the carrier offers no address validation.""")
    AddressValidation validate(Tenant tenant, @Valid @RequestBody Request request) {
        if (request.carrierAccountId() == null && (request.carrier() == null || request.carrier().isBlank())) {
            throw ApiException.invalid("carrier_account_id", "is required (or carrier, when the tenant has one account of it)");
        }
        return service.validate(tenant.id(), new CarrierSelection(request.carrierAccountId(), request.carrier()), request.address());
    }
}
