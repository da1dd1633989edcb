package io.shipgate.gateway.webhook;

import io.shipgate.gateway.platform.Ids;
import io.shipgate.gateway.platform.problem.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Webhook endpoints: registration (the SSRF rule), changes, pause and resume, secret rotation. */
@Service
public class WebhookEndpointService {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** 32 random bytes: the Standard Webhooks spec asks for 24 to 64. */
    private static final int SECRET_BYTES = 32;

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveries deliveries;
    private final WebhookUrlGuard guard;
    private final WebhookSettings settings;
    private final WebhookLog log;
    private final Clock clock;

    WebhookEndpointService(WebhookEndpointRepository endpoints, WebhookDeliveries deliveries, WebhookUrlGuard guard,
                           WebhookSettings settings, WebhookLog log, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.guard = guard;
        this.settings = settings;
        this.log = log;
        this.clock = clock;
    }

    @Transactional
    public WebhookEndpointView create(UUID tenantId, WebhookEndpointRequest request) {
        if (request.url() == null) {
            throw ApiException.invalid("url", "is required");
        }
        String url = guard.checkRegistration(request.url()).toString();
        if (endpoints.count(tenantId) >= settings.maxEndpoints) {
            throw ApiException.invalid("url", "the tenant has the most webhook endpoints it may have (" + settings.maxEndpoints
                    + "): delete one first");
        }
        Instant now = clock.instant();
        String secret = newSecret();
        WebhookEndpoint endpoint = new WebhookEndpoint(Ids.newId(clock), tenantId, url, request.description(), eventTypes(request.eventTypes()),
                Boolean.FALSE.equals(request.enabled()) ? WebhookEndpoint.PAUSED : WebhookEndpoint.ENABLED, null, secret, null, null, now, now);
        endpoints.insert(endpoint);
        return WebhookEndpointView.of(endpoint, secret, now);
    }

    public List<WebhookEndpointView> list(UUID tenantId) {
        Instant now = clock.instant();
        return endpoints.list(tenantId).stream().map(e -> WebhookEndpointView.of(e, null, now)).toList();
    }

    public WebhookEndpointView get(UUID tenantId, UUID id) {
        return WebhookEndpointView.of(find(tenantId, id), null, clock.instant());
    }

    @Transactional
    public WebhookEndpointView update(UUID tenantId, UUID id, WebhookEndpointRequest request) {
        WebhookEndpoint e = find(tenantId, id);
        String url = request.url() == null ? e.url() : guard.checkRegistration(request.url()).toString();
        String state = e.state();
        String reason = e.disabledReason();
        if (request.enabled() != null) {
            state = request.enabled() ? WebhookEndpoint.ENABLED : WebhookEndpoint.PAUSED;
            reason = null;
        }
        Instant now = clock.instant();
        WebhookEndpoint changed = new WebhookEndpoint(e.id(), tenantId, url, request.description() == null ? e.description() : request.description(),
                request.eventTypes() == null ? e.eventTypes() : eventTypes(request.eventTypes()), state, reason, e.secret(), e.previousSecret(),
                e.previousExpiresAt(), e.createdAt(), now);
        endpoints.update(changed);
        return WebhookEndpointView.of(changed, null, now);
    }

    @Transactional
    WebhookEndpointView setEnabled(UUID tenantId, UUID id, boolean enabled) {
        return update(tenantId, id, new WebhookEndpointRequest(null, null, null, enabled));
    }

    public WebhookEndpointView delete(UUID tenantId, UUID id) {
        WebhookEndpoint e = find(tenantId, id);
        if (!endpoints.delete(tenantId, id)) {
            throw ApiException.notFound("webhook endpoint " + id);
        }
        return WebhookEndpointView.of(e, null, clock.instant());
    }

    /** A new secret, returned once; the previous one keeps signing beside it for the configured overlap. */
    @Transactional
    WebhookEndpointView rotateSecret(UUID tenantId, UUID id) {
        find(tenantId, id);
        Instant now = clock.instant();
        String secret = newSecret();
        endpoints.rotate(tenantId, id, secret, now.plus(settings.rotationOverlap), now);
        return WebhookEndpointView.of(find(tenantId, id), secret, now);
    }

    /** Every dead-lettered delivery of the endpoint, due again now (in order per shipment); returns how many. */
    int replayDeadLetters(UUID tenantId, UUID id) {
        find(tenantId, id);
        return deliveries.replayDead(id, clock.instant());
    }

    /** The endpoint's delivery attempts, newest first ({@code GET /v1/webhook-endpoints/{id}/deliveries}). */
    public DeliveryAttemptPage deliveries(UUID tenantId, UUID id, int limit, String cursor) {
        WebhookEndpointController.checkLimit(limit);
        find(tenantId, id);
        return log.attempts(id, limit, cursor);
    }

    /** The event delivered again to the endpoint: a new delivery with the same webhook-id, attempted soon, in order. */
    @Transactional
    public void redeliver(UUID tenantId, UUID eventId, UUID endpointId) {
        WebhookEndpoint endpoint = find(tenantId, endpointId);
        WebhookLog.StoredEvent event = log.event(tenantId, eventId).orElseThrow(() -> ApiException.notFound("event " + eventId));
        deliveries.redeliver(tenantId, event.rowId(), event.view().shipmentId(), endpoint.id(), clock.instant());
    }

    WebhookEndpoint find(UUID tenantId, UUID id) {
        return endpoints.find(tenantId, id).orElseThrow(() -> ApiException.notFound("webhook endpoint " + id));
    }

    private static List<String> eventTypes(List<String> requested) {
        if (requested == null || requested.contains(WebhookEndpoint.ALL_TYPES)) {
            return List.of(WebhookEndpoint.ALL_TYPES);
        }
        return requested.stream().distinct().toList();
    }

    private static String newSecret() {
        byte[] raw = new byte[SECRET_BYTES];
        RANDOM.nextBytes(raw);
        return "whsec_" + Base64.getEncoder().encodeToString(raw);
    }
}
