package io.shipgate.gateway.tracking;

import io.shipgate.carrier.model.InboundWebhook;
import io.shipgate.gateway.platform.openapi.ErrorResponses;
import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.shipgate.routes.tracking.WebhookReceipt;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where carriers push tracking: {@code POST /v1/webhooks/carriers/{carrier}/{accountId}}, the URL
 * given to the carrier when subscribing. No API key: the account's adapter authenticates the call
 * with the account's webhook secret or credential (see docs/carriers.md per carrier); anything it
 * cannot prove is a 401. What it proves is stored and answered 202 at once, then processed by the push intake.
 */
@RestController
@Tag(name = "Carrier webhooks", description = "Tracking pushed by carriers (called by carriers, not merchants).")
class CarrierWebhookController {

    private final TrackingService service;

    CarrierWebhookController(TrackingService service) {
        this.service = service;
    }

    @PostMapping("/v1/webhooks/carriers/{carrier}/{accountId}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "receiveCarrierWebhook", summary = "Receive a carrier's tracking push", description = """
            Called by carriers, with the account's webhook secret or credential (per carrier: docs/carriers.md), never an API key.
            Authentication, reading and the limits are checked before the answer; nothing of a refused push is stored, and a 4xx
            tells the carrier not to retry it (a 5xx is worth a retry). An accepted push is stored and answered 202 at once, then
            processed (docs/tracking.md, Carrier pushes); AWBs no shipment has yet are kept and applied when one appears.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The carrier's own push, as it sends it",
                    content = @Content(mediaType = "application/json", schema = @Schema(type = "object",
                            description = "The carrier's push body: its own format (the sandbox's: its tracking answer)"))))
    @ExampleBodies(request = "sandbox-tracking-push", response = "webhook-receipt")
    @ErrorResponses({401, 422})
    WebhookReceiptView receive(@Parameter(description = "The carrier's code", example = "sandbox") @PathVariable String carrier,
                               @Parameter(description = "The carrier account the push is for") @PathVariable UUID accountId,
                               @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        InboundWebhook webhook = new InboundWebhook(headers, body == null ? new byte[0] : body);
        return TrackingMapper.view(service.receive(carrier, accountId, webhook));
    }
}
