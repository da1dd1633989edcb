package io.shipgate.gateway.webhook;

import io.shipgate.gateway.platform.openapi.ErrorResponses;
import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.tenant.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/v1/webhook-endpoints")
@Tag(name = "Webhook endpoints", description = "Where Shipgate POSTs the tenant's events, signed the Standard Webhooks way (docs/webhooks.md).")
class WebhookEndpointController {

    private final WebhookEndpointService service;
    private final WebhookLog log;

    WebhookEndpointController(WebhookEndpointService service, WebhookLog log) {
        this.service = service;
        this.log = log;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createWebhookEndpoint", summary = "Add a webhook endpoint",
            description = "The answer carries the signing secret, once. The URL must be https and resolve to public addresses only.")
    @ExampleBodies(request = "webhook-endpoint-request", response = "new-webhook-endpoint")
    WebhookEndpointView create(Tenant tenant, @Valid @RequestBody WebhookEndpointRequest request) {
        return service.create(tenant.id(), request);
    }

    @GetMapping
    @Operation(operationId = "listWebhookEndpoints", summary = "List webhook endpoints")
    @ExampleBodies(response = "webhook-endpoint-list")
    WebhookEndpointList list(Tenant tenant) {
        return new WebhookEndpointList(service.list(tenant.id()));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getWebhookEndpoint", summary = "Get a webhook endpoint")
    @ExampleBodies(response = "webhook-endpoint")
    @ErrorResponses(404)
    WebhookEndpointView get(Tenant tenant, @PathVariable UUID id) {
        return service.get(tenant.id(), id);
    }

    @PatchMapping("/{id}")
    @Operation(operationId = "updateWebhookEndpoint", summary = "Update a webhook endpoint",
            description = "Absent fields stay. enabled false pauses it (events are kept), true resumes it.")
    @ExampleBodies(request = "webhook-endpoint-update-request", response = "webhook-endpoint")
    @ErrorResponses(404)
    WebhookEndpointView update(Tenant tenant, @PathVariable UUID id, @Valid @RequestBody WebhookEndpointRequest request) {
        return service.update(tenant.id(), id, request);
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteWebhookEndpoint", summary = "Delete a webhook endpoint",
            description = "Answers the endpoint as it was. Its pending and dead-lettered deliveries, and its attempts, go with it.")
    @ExampleBodies(response = "webhook-endpoint")
    @ErrorResponses(404)
    WebhookEndpointView delete(Tenant tenant, @PathVariable UUID id) {
        return service.delete(tenant.id(), id);
    }

    @PostMapping("/{id}/pause")
    @Operation(operationId = "pauseWebhookEndpoint", summary = "Pause a webhook endpoint",
            description = "Nothing is delivered to it until resumed; its events are kept and then delivered in order.")
    @ExampleBodies(response = "webhook-endpoint")
    @ErrorResponses(404)
    WebhookEndpointView pause(Tenant tenant, @PathVariable UUID id) {
        return service.setEnabled(tenant.id(), id, false);
    }

    @PostMapping("/{id}/resume")
    @Operation(operationId = "resumeWebhookEndpoint", summary = "Resume a webhook endpoint",
            description = "Also re-enables an endpoint disabled after a 410 Gone (replay its dead letters to get what it missed).")
    @ExampleBodies(response = "webhook-endpoint")
    @ErrorResponses(404)
    WebhookEndpointView resume(Tenant tenant, @PathVariable UUID id) {
        return service.setEnabled(tenant.id(), id, true);
    }

    @PostMapping("/{id}/rotate-secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate the signing secret",
            description = "The answer carries the new secret, once. The previous one keeps signing beside it (two signatures in "
                    + "webhook-signature) until previous_secret_expires_at (shipgate.webhooks.secret-rotation-overlap, 24 h by default).")
    @ExampleBodies(response = "rotated-webhook-endpoint")
    @ErrorResponses(404)
    WebhookEndpointView rotateSecret(Tenant tenant, @PathVariable UUID id) {
        return service.rotateSecret(tenant.id(), id);
    }

    @GetMapping("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "List delivery attempts",
            description = "Each HTTP attempt to the endpoint, newest first; pass next_cursor as cursor for the next page.")
    @ExampleBodies(response = "webhook-delivery-page")
    @ErrorResponses(404)
    DeliveryAttemptPage deliveries(Tenant tenant, @PathVariable UUID id,
                                   @Parameter(description = "1 to 100, default 20",
                                           schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
                                   @RequestParam(defaultValue = "20") int limit,
                                   @Parameter(description = "the next_cursor of the previous page") @RequestParam(required = false) String cursor) {
        checkLimit(limit);
        service.find(tenant.id(), id);
        return log.attempts(id, limit, cursor);
    }

    @PostMapping("/{id}/replay-dead-letters")
    @Operation(operationId = "replayWebhookDeadLetters", summary = "Replay dead letters",
            description = "Every dead-lettered delivery of the endpoint is attempted again from its first attempt, in order per shipment.")
    @ExampleBodies(response = "webhook-redelivery")
    @ErrorResponses(404)
    RedeliveryView replayDeadLetters(Tenant tenant, @PathVariable UUID id) {
        return new RedeliveryView(List.of(id), service.replayDeadLetters(tenant.id(), id));
    }

    static void checkLimit(int limit) {
        if (limit < 1 || limit > WebhookLog.MAX_LIMIT) {
            throw ApiException.invalid("limit", "must be between 1 and " + WebhookLog.MAX_LIMIT);
        }
    }
}
