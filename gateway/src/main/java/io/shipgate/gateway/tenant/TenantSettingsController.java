package io.shipgate.gateway.tenant;

import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/tenant")
@Tag(name = "Tenant", description = "The tenant's own settings: its slug and the allowed browser origins of its publishable keys.")
class TenantSettingsController {

    private final TenantService tenants;

    TenantSettingsController(TenantService tenants) {
        this.tenants = tenants;
    }

    @GetMapping
    @Operation(operationId = "getTenantSettings", summary = "The tenant's own settings")
    @ExampleBodies(response = "tenant-settings")
    TenantSettingsView get(Tenant tenant) {
        return tenants.settings(tenant.id());
    }

    @PatchMapping
    @Operation(operationId = "updateTenantSettings", summary = "Set the tenant's slug or allowed origins (live key only)",
            description = "allowed_origins replaces the list; publishable keys on every node follow within a second.")
    @ExampleBodies(request = "tenant-settings-request", response = "tenant-settings")
    TenantSettingsView update(Tenant tenant, @Valid @RequestBody UpdateTenantSettingsRequest request) {
        return tenants.updateSettings(tenant.id(), request);
    }
}
