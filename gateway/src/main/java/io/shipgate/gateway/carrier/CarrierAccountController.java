package io.shipgate.gateway.carrier;

import io.shipgate.gateway.platform.openapi.ErrorResponses;
import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.shipgate.gateway.tenant.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/v1/carrier-accounts")
@Tag(name = "Carrier accounts", description = "The tenant's accounts with carriers. Credentials are write-only.")
class CarrierAccountController {

    private final CarrierAccountService service;

    CarrierAccountController(CarrierAccountService service) {
        this.service = service;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createCarrierAccount", summary = "Add a carrier account")
    @ExampleBodies(request = "carrier-account-request", response = "carrier-account")
    CarrierAccountView create(Tenant tenant, @Valid @RequestBody CreateCarrierAccountRequest request) {
        return service.create(tenant.id(), request);
    }

    @GetMapping
    @Operation(operationId = "listCarrierAccounts", summary = "List carrier accounts")
    @ExampleBodies(response = "carrier-account-list")
    CarrierAccountList list(Tenant tenant) {
        return new CarrierAccountList(service.list(tenant.id()));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getCarrierAccount", summary = "Get a carrier account")
    @ExampleBodies(response = "carrier-account")
    @ErrorResponses(404)
    CarrierAccountView get(Tenant tenant, @PathVariable UUID id) {
        return service.get(tenant.id(), id);
    }

    @PatchMapping("/{id}")
    @Operation(operationId = "updateCarrierAccount", summary = "Update a carrier account",
            description = "Absent fields stay; a settings or credentials key set to null is removed.")
    @ExampleBodies(request = "carrier-account-update-request", response = "carrier-account")
    @ErrorResponses(404)
    CarrierAccountView update(Tenant tenant, @PathVariable UUID id, @Valid @RequestBody UpdateCarrierAccountRequest request) {
        return service.update(tenant.id(), id, request);
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "disableCarrierAccount", summary = "Disable a carrier account",
            description = "Disabled accounts take no new shipments; their shipments stay trackable.")
    @ExampleBodies(response = "carrier-account")
    @ErrorResponses(404)
    CarrierAccountView disable(Tenant tenant, @PathVariable UUID id) {
        return service.disable(tenant.id(), id);
    }
}
