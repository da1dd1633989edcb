package io.shipgate.gateway.tenant;

import io.shipgate.gateway.platform.openapi.ErrorResponses;
import io.shipgate.gateway.platform.openapi.ExampleBodies;
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

/** The operator's API: tenants and their keys. It takes an operator key, created on the command line. */
@RestController
@RequestMapping("/v1/admin/tenants")
@Tag(name = "Admin", description = "For the operator (an operator key): tenants and their API keys.")
class AdminController {

    private final TenantService tenants;
    private final ApiKeyService keys;

    AdminController(TenantService tenants, ApiKeyService keys) {
        this.tenants = tenants;
        this.keys = keys;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createTenant", summary = "Create a tenant")
    @ExampleBodies(request = "tenant-request", response = "tenant")
    TenantView create(@Valid @RequestBody CreateTenantRequest request) {
        return tenants.create(request);
    }

    @GetMapping
    @Operation(operationId = "listTenants", summary = "List tenants")
    @ExampleBodies(response = "tenant-list")
    TenantList list() {
        return new TenantList(tenants.list());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getTenant", summary = "Get a tenant")
    @ExampleBodies(response = "tenant")
    @ErrorResponses(404)
    TenantView get(@PathVariable UUID id) {
        return tenants.get(id);
    }

    @PatchMapping("/{id}")
    @Operation(operationId = "updateTenant", summary = "Rename a tenant or set its rate limit",
            description = "Absent fields stay; rate_limit replaces the tenant's limit ({} for the default).")
    @ExampleBodies(request = "tenant-update-request", response = "tenant")
    @ErrorResponses(404)
    TenantView update(@PathVariable UUID id, @Valid @RequestBody UpdateTenantRequest request) {
        return tenants.update(id, request);
    }

    @PostMapping("/{id}/api-keys")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createTenantApiKey", summary = "Create an API key for a tenant", description = "The answer's 'key' is shown once.")
    @ExampleBodies(request = "api-key-request", response = "new-api-key")
    @ErrorResponses(404)
    NewApiKeyView createKey(@PathVariable UUID id, @Valid @RequestBody CreateApiKeyRequest request) {
        return keys.issue(id, request);
    }

    @GetMapping("/{id}/api-keys")
    @Operation(operationId = "listTenantApiKeys", summary = "List a tenant's API keys")
    @ExampleBodies(response = "api-key-list")
    @ErrorResponses(404)
    ApiKeyList listKeys(@PathVariable UUID id) {
        tenants.get(id);
        return new ApiKeyList(keys.list(id));
    }

    @DeleteMapping("/{id}/api-keys/{keyId}")
    @Operation(operationId = "revokeTenantApiKey", summary = "Revoke a tenant's API key")
    @ExampleBodies(response = "api-key")
    @ErrorResponses(404)
    ApiKeyView revokeKey(@PathVariable UUID id, @PathVariable UUID keyId) {
        return keys.revoke(id, keyId);
    }
}
