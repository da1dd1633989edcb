package io.shipgate.gateway.tracking;

import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.platform.openapi.ErrorResponses;
import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.shipment.ShipmentTrackers;
import io.shipgate.gateway.tenant.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/v1/trackers")
@Tag(name = "Trackers", description = "Tracking numbers bought elsewhere, polled and reported like shipments.")
class TrackerController {

    private static final int MAX_LIMIT = 100;
    private static final Set<String> STATES = Set.of("active", "not_found");

    private final TrackerService service;

    TrackerController(TrackerService service) {
        this.service = service;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createTracker", summary = "Track a number bought elsewhere",
            description = "Registers the carrier's tracking number for polling and merchant webhooks, polled first at once. The same carrier and "
                    + "number again answer the existing tracker with 200 (201 when created). The tenant needs an account of the carrier.",
            responses = @ApiResponse(responseCode = "201", description = "The new tracker (200: the tenant's existing tracker of that "
                    + "carrier and number)", content = @Content(schema = @Schema(implementation = TrackerView.class))))
    @ExampleBodies(request = "tracker-request", response = "tracker")
    @ErrorResponses({400, 422})
    ResponseEntity<TrackerView> create(Tenant tenant, @Valid @RequestBody CreateTrackerRequest request) {
        ShipmentTrackers.Registration registered = service.create(tenant.id(), request);
        return ResponseEntity.status(registered.created() ? HttpStatus.CREATED : HttpStatus.OK).body(TrackerService.view(registered.tracker()));
    }

    @GetMapping
    @Operation(operationId = "listTrackers", summary = "List trackers", description = "Newest first; pass next_cursor as cursor for the next page.")
    @ExampleBodies(response = "tracker-page")
    @ErrorResponses(400)
    TrackerPage list(Tenant tenant,
                     @Parameter(description = "only trackers in this tracking status") @RequestParam(required = false) TrackingStatus status,
                     @Parameter(description = "only this carrier's trackers (its code)") @RequestParam(required = false) String carrier,
                     @Parameter(description = "only active or not_found trackers",
                             schema = @Schema(type = "string", allowableValues = {"active", "not_found"}))
                     @RequestParam(required = false) String state,
                     @Parameter(description = "1 to 100, default 20",
                             schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
                     @RequestParam(defaultValue = "20") int limit,
                     @Parameter(description = "the next_cursor of the previous page") @RequestParam(required = false) String cursor) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (state != null && !STATES.contains(state)) {
            throw ApiException.invalid("state", "must be active or not_found");
        }
        return service.list(tenant.id(), status, carrier, state, limit, cursor);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getTracker", summary = "Get a tracker")
    @ExampleBodies(response = "tracker")
    @ErrorResponses(404)
    TrackerView get(Tenant tenant, @PathVariable UUID id) {
        return service.get(tenant.id(), id);
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteTracker", summary = "Stop tracking",
            description = "Deletes the tracker and its timeline; it is polled no more. Answers the tracker as it was.")
    @ExampleBodies(response = "tracker")
    @ErrorResponses(404)
    TrackerView delete(Tenant tenant, @PathVariable UUID id) {
        return service.delete(tenant.id(), id);
    }
}
