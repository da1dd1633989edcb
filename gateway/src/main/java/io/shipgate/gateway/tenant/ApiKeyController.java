package io.shipgate.gateway.tenant;

import io.shipgate.gateway.platform.openapi.ErrorResponses;
import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/v1/api-keys")
@Tag(name = "API keys", description = "The tenant's API keys: live keys use any carrier account, test keys only sandbox ones.")
class ApiKeyController {

    private final ApiKeyService keys;

    ApiKeyController(ApiKeyService keys) {
        this.keys = keys;
    }

    @GetMapping
    @Operation(operationId = "listApiKeys", summary = "List the tenant's API keys",
            description = "Revoked keys included; secrets are never shown again.")
    @ExampleBodies(response = "api-key-list")
    ApiKeyList list(Tenant tenant) {
        return new ApiKeyList(keys.list(tenant.id()));
    }

    @GetMapping("/current")
    @Operation(operationId = "getCurrentApiKey", summary = "The API key of this request",
            description = "Its id, mode and tenant, from the node's memory (no database read): a cheap way to check that a key "
                    + "works and which tenant it is. Any tenant key but a publishable one.")
    @ExampleBodies(response = "current-api-key")
    CurrentApiKeyView current() {
        ApiKeyPrincipal key = CurrentApiKey.get().orElseThrow();
        TenantRateLimit own = key.rateLimit();
        return new CurrentApiKeyView(key.keyId(), key.kind(), key.tenant().id(), key.tenant().name(),
                own == null ? null : new RateLimitView(own.requestsPerSecond(), own.burst()));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createApiKey", summary = "Create an API key (live key only)",
            description = "The answer's 'key' is shown once: only its digest is stored.")
    @ExampleBodies(request = "api-key-request", response = "new-api-key")
    NewApiKeyView create(Tenant tenant, @Valid @RequestBody CreateApiKeyRequest request) {
        return keys.issue(tenant.id(), request);
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key (live key only)",
            description = "Effective on every node within a second. Revoking a revoked key changes nothing.")
    @ExampleBodies(response = "api-key")
    @ErrorResponses(404)
    ApiKeyView revoke(Tenant tenant, @PathVariable UUID id) {
        return keys.revoke(tenant.id(), id);
    }
}
