package io.shipgate.gateway.tracking;

import io.shipgate.carrier.model.InboundWebhook;
import io.shipgate.routes.tracking.WebhookReceipt;
import io.swagger.v3.oas.annotations.Operation;
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
 * cannot prove is a 401.
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
    @Operation(summary = "Receive a carrier's tracking push", security = {})
    WebhookReceipt receive(@PathVariable String carrier, @PathVariable UUID accountId, @RequestBody(required = false) byte[] body,
                           HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        InboundWebhook webhook = new InboundWebhook(headers, body == null ? new byte[0] : body);
        return service.receive(carrier, accountId, webhook);
    }
}
