package io.shipgate.gateway.ndr;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/v1/ndr-policies")
@Tag(name = "NDR policies", description = "Automatic actions on failed deliveries: by NDR reason, payment mode, order value, attempts, "
        + "carrier and destination; the first matching policy by priority acts once per failed attempt.")
class NdrPolicyController {

    private final NdrPolicyService service;

    NdrPolicyController(NdrPolicyService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(operationId = "listNdrPolicies", summary = "List NDR policies", description = "In the order they are tried: priority, then oldest first.")
    @ExampleBodies(response = "ndr-policy-list")
    NdrPolicyList list(Tenant tenant) {
        return service.list(tenant.id());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createNdrPolicy", summary = "Add an NDR policy",
            description = "An unknown reason or action is a 400 naming the field (e.g. conditions.reasons[0], action). At most 50 per tenant.")
    @ExampleBodies(request = "ndr-policy-request", response = "ndr-policy")
    NdrPolicyView create(Tenant tenant, @Valid @RequestBody NdrPolicyRequest request) {
        return service.create(tenant.id(), request);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getNdrPolicy", summary = "Get an NDR policy")
    @ExampleBodies(response = "ndr-policy")
    @ErrorResponses(404)
    NdrPolicyView get(Tenant tenant, @PathVariable UUID id) {
        return service.get(tenant.id(), id);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "replaceNdrPolicy", summary = "Replace an NDR policy", description = "The whole policy, as for POST.")
    @ExampleBodies(request = "ndr-policy-request", response = "ndr-policy")
    @ErrorResponses(404)
    NdrPolicyView replace(Tenant tenant, @PathVariable UUID id, @Valid @RequestBody NdrPolicyRequest request) {
        return service.replace(tenant.id(), id, request);
    }

    @PatchMapping("/{id}")
    @Operation(operationId = "updateNdrPolicy", summary = "Update an NDR policy", description = "The fields given; conditions replace the stored ones as a whole.")
    @ExampleBodies(request = "ndr-policy-update-request", response = "ndr-policy")
    @ErrorResponses(404)
    NdrPolicyView update(Tenant tenant, @PathVariable UUID id, @Valid @RequestBody UpdateNdrPolicyRequest request) {
        return service.patch(tenant.id(), id, request);
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteNdrPolicy", summary = "Delete an NDR policy", description = "200 with the policy as it was.")
    @ExampleBodies(response = "ndr-policy")
    @ErrorResponses(404)
    NdrPolicyView delete(Tenant tenant, @PathVariable UUID id) {
        return service.delete(tenant.id(), id);
    }
}
