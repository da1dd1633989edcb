package io.shipgate.gateway.webhook;

import io.shipgate.gateway.platform.openapi.ErrorResponses;
import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.tenant.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/v1/events")
@Tag(name = "Events", description = "The tenant's event log: what its webhooks carry, kept for shipgate.outbox.retention (7 days).")
class EventController {

    private final WebhookLog log;
    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveries deliveries;
    private final Clock clock;

    EventController(WebhookLog log, WebhookEndpointRepository endpoints, WebhookDeliveries deliveries, Clock clock) {
        this.log = log;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @GetMapping
    @Operation(operationId = "listEvents", summary = "List events", description = "Newest first; pass next_cursor as cursor for the next page.")
    @ExampleBodies(response = "event-page")
    EventPage list(Tenant tenant,
                   @Parameter(description = "only events of this type, e.g. shipment.delivered") @RequestParam(required = false) String type,
                   @Parameter(description = "only this shipment's events") @RequestParam(name = "shipment_id", required = false) UUID shipmentId,
                   @Parameter(description = "1 to 100, default 20",
                           schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
                   @RequestParam(defaultValue = "20") int limit,
                   @Parameter(description = "the next_cursor of the previous page") @RequestParam(required = false) String cursor) {
        WebhookEndpointController.checkLimit(limit);
        if (type != null && !type.matches(WebhookEndpointRequest.EVENT_TYPE)) {
            throw ApiException.invalid("type", "must be an event type such as shipment.delivered");
        }
        return log.events(tenant.id(), type, shipmentId, limit, cursor);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getEvent", summary = "Get an event")
    @ExampleBodies(response = "event")
    @ErrorResponses(404)
    EventView get(Tenant tenant, @PathVariable UUID id) {
        return find(tenant, id).view();
    }

    @PostMapping("/{id}/redeliver")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "redeliverEvent", summary = "Deliver an event again",
            description = "To one endpoint (endpoint_id), or to every enabled or paused endpoint that takes its type: a new delivery "
                    + "with the same webhook-id, attempted soon, in order with the shipment's other pending events.")
    @ExampleBodies(request = "redeliver-request", response = "webhook-redelivery")
    @ErrorResponses(404)
    RedeliveryView redeliver(Tenant tenant, @PathVariable UUID id, @RequestBody(required = false) RedeliverRequest request) {
        WebhookLog.StoredEvent event = find(tenant, id);
        List<WebhookEndpoint> targets;
        if (request != null && request.endpointId() != null) {
            targets = List.of(endpoints.find(tenant.id(), request.endpointId())
                    .orElseThrow(() -> ApiException.notFound("webhook endpoint " + request.endpointId())));
        } else {
            targets = endpoints.list(tenant.id()).stream()
                    .filter(e -> !WebhookEndpoint.DISABLED.equals(e.state()))
                    .filter(e -> e.eventTypes().contains(WebhookEndpoint.ALL_TYPES) || e.eventTypes().contains(event.view().type()))
                    .toList();
        }
        Instant now = clock.instant();
        List<UUID> ids = new ArrayList<>();
        for (WebhookEndpoint target : targets) {
            deliveries.redeliver(tenant.id(), event.rowId(), event.view().shipmentId(), target.id(), now);
            ids.add(target.id());
        }
        return new RedeliveryView(ids, ids.size());
    }

    private WebhookLog.StoredEvent find(Tenant tenant, UUID id) {
        return log.event(tenant.id(), id).orElseThrow(() -> ApiException.notFound("event " + id));
    }
}
