package io.shipgate.gateway.label;

import io.shipgate.gateway.platform.openapi.ErrorResponses;
import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.shipgate.gateway.tenant.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/v1/label-profiles")
@Tag(name = "Label profiles", description = "The stock labels are printed on, per tenant or warehouse (docs/operations.md, \"Label profiles\").")
class LabelProfileController {

    private final LabelProfiles service;

    LabelProfileController(LabelProfiles service) {
        this.service = service;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createLabelProfile", summary = "Add a label profile",
            description = "PDF 4x6, 4x8, A6 or A4 (1 or 4 labels a page), ZPL or PNG at 203 or 300 dpi. With is_default, it becomes "
                    + "the default of its warehouse (or of the tenant), replacing the previous one.")
    @ExampleBodies(request = "label-profile-request", response = "label-profile")
    LabelProfileView create(Tenant tenant, @Valid @RequestBody LabelProfileRequest request) {
        return service.create(tenant.id(), request);
    }

    @GetMapping
    @Operation(operationId = "listLabelProfiles", summary = "List label profiles")
    @ExampleBodies(response = "label-profile-list")
    LabelProfileList list(Tenant tenant) {
        return new LabelProfileList(service.list(tenant.id()));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getLabelProfile", summary = "Get a label profile")
    @ExampleBodies(response = "label-profile")
    @ErrorResponses(404)
    LabelProfileView get(Tenant tenant, @PathVariable UUID id) {
        return service.get(tenant.id(), id);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateLabelProfile", summary = "Replace a label profile", description = "Every field as in a new one.")
    @ExampleBodies(request = "label-profile-request", response = "label-profile")
    @ErrorResponses(404)
    LabelProfileView update(Tenant tenant, @PathVariable UUID id, @Valid @RequestBody LabelProfileRequest request) {
        return service.update(tenant.id(), id, request);
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteLabelProfile", summary = "Delete a label profile", description = "Answers the profile as it was.")
    @ExampleBodies(response = "label-profile")
    @ErrorResponses(404)
    LabelProfileView delete(Tenant tenant, @PathVariable UUID id) {
        return service.delete(tenant.id(), id);
    }
}
