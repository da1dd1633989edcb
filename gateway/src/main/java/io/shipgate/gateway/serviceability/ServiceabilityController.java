package io.shipgate.gateway.serviceability;

import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.shipgate.gateway.tenant.CurrentApiKey;
import io.shipgate.gateway.tenant.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Serviceability")
class ServiceabilityController {

    private final ServiceabilityService service;

    ServiceabilityController(ServiceabilityService service) {
        this.service = service;
    }

    @PostMapping("/v1/serviceability")
    @Operation(operationId = "checkServiceability", summary = "Which carrier accounts can take a parcel", description = """
            For an origin, a destination, a payment mode and a parcel: the tenant's enabled carrier accounts that can take it \
            (from each account's serviceability table, else its carrier's live check, cached), those whose serviceability is \
            unknown (neither: they are not excluded), and the others with their reason. No rates, no carrier purchase. \
            A publishable key may call it from the tenant's allowed origins (CORS); its answer has no account names or notes.""")
    @ExampleBodies(request = "serviceability-request", response = "serviceability")
    ServiceabilityAnswer check(Tenant tenant, @Valid @RequestBody ServiceabilityCheckRequest request) {
        ServiceabilityAnswer answer = service.check(tenant.id(), request);
        return CurrentApiKey.publishable() ? answer.forPublishableKey() : answer;
    }
}
