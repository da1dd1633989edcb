package io.shipgate.gateway.tracking;

import io.shipgate.gateway.platform.openapi.ErrorResponses;
import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.shipgate.gateway.tenant.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "Tracking", description = "Normalized tracking timelines.")
class TrackingController {

    private final TrackingService service;

    TrackingController(TrackingService service) {
        this.service = service;
    }

    @GetMapping("/v1/shipments/{id}/tracking")
    @Operation(operationId = "getTracking", summary = "Get a shipment's tracking timeline",
            description = "Refreshes from the carrier when the stored timeline is older than shipgate.tracking.refresh-after.")
    @ExampleBodies(response = "tracking")
    @ErrorResponses(404)
    TrackingView tracking(Tenant tenant, @PathVariable UUID id,
                              @Parameter(description = "ask the carrier now, however fresh the stored timeline is")
                              @RequestParam(defaultValue = "false") boolean refresh) {
        return service.timeline(tenant.id(), id, refresh);
    }

    @PostMapping("/v1/shipments/{id}/tracking/refresh")
    @Operation(operationId = "refreshTracking", summary = "Ask the carrier now",
            description = "Asks the carrier about the shipment (or tracker) now and answers its timeline. Taken once per "
                    + "shipgate.tracking.polling.refresh-interval (60 s) per shipment: sooner is a 429 problem with Retry-After. "
                    + "When the carrier cannot be asked, the stored timeline is answered with refresh_error.")
    @ExampleBodies(response = "tracking")
    @ErrorResponses({404, 429})
    TrackingView refresh(Tenant tenant, @PathVariable UUID id) {
        return service.refresh(tenant.id(), id);
    }
}
