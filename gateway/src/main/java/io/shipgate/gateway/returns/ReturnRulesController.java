package io.shipgate.gateway.returns;

import io.shipgate.gateway.platform.openapi.ErrorResponses;
import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.shipgate.gateway.tenant.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/return-rules")
@Tag(name = "Returns", description = "Customer returns (reverse pickups): book, read, list, cancel before pickup.")
class ReturnRulesController {

    private final ReturnService service;

    ReturnRulesController(ReturnService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(operationId = "getReturnRules", summary = "Get the return rules",
            description = "The tenant's return window, non-returnable reasons and SKUs (the defaults, nothing refused, until set).")
    @ExampleBodies(response = "return-rules")
    ReturnRulesView get(Tenant tenant) {
        return service.rules(tenant.id());
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "putReturnRules", summary = "Replace the return rules", description = """
            Replaces the rules whole. A return outside them is refused with 422 return-not-allowed, whose rule names the one
            it broke: return_window_days, non_returnable_reasons or non_returnable_skus.""")
    @ExampleBodies(request = "return-rules-request", response = "return-rules")
    @ErrorResponses(400)
    ReturnRulesView put(Tenant tenant, @Valid @RequestBody UpdateReturnRulesRequest request) {
        return service.putRules(tenant.id(), request);
    }
}
