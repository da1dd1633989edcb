package io.shipgate.routes.tracking;

import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.RouteConfigurations;
import io.shipgate.routes.carrier.CarrierConnection;
import io.shipgate.routes.carrier.CarrierInvoker;
import io.shipgate.routes.port.CarrierAccountDirectory;
import io.shipgate.routes.port.CarrierBackoffs;
import io.shipgate.routes.port.ShipmentSnapshot;
import io.shipgate.routes.port.Shipments;
import io.shipgate.routes.port.TrackingChecks;
import io.shipgate.routes.port.TrackingTimeline;
import io.shipgate.routes.port.PushInbox;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Tracking: a refresh polls the carrier when the stored timeline is stale; polls and carrier pushes
 * feed one ingestion route that de-duplicates events and advances the shipment's status.
 *
 * <pre>
 * direct:trackShipment  -> load (a shipment or a tracker) -> (terminal or fresh: stop) -> circuit breaker + time limit -> adapter.track
 *                          (a 429: the account is backed off on every node until its Retry-After)
 *                       -> direct:ingestTracking -> the next poll set by the status now and the age (PollingSettings)
 * direct:carrierWebhook -> the account named in the URL -> adapter.parseWebhook (authenticates, then reads)
 *                       -> at most max-events-per-push events -> stored (tracking_pushes, committed) -> receipt (202)
 *                       -> direct:pushHandOff (in-process: nothing, the intake job claims it; rabbitmq: its id to the queue)
 * push intake ({@link PushIntakeRoute}) -> per AWB: its shipment -> direct:ingestTracking, or kept unmatched
 * direct:ingestTracking -> timeline: new events, status, its events (one transaction; a batch of updates: one for all)
 * </pre>
 *
 * What stays synchronous, before the carrier gets its answer: authentication (a forged push is a
 * {@link WebhookNotAuthenticatedException}, 401, and nothing of it is stored), and with it the reading
 * of the body, since the adapter does both in one call and neither touches the database: an
 * authenticated body it cannot read, or with more than {@code shipgate.tracking.max-events-per-push}
 * events or shipments, is a {@link WebhookRejectedException} (400, 413), not stored either. Everything
 * that touches shipments (matching AWBs, storing events, moving statuses, events for merchants) comes
 * after the answer.
 */
@Component
public class TrackingRoute extends RouteBuilder {

    private static final String SHIPMENT = "shipgate.shipment";
    private static final String PUSHES = "shipgate.accountPushes";
    /** The back-off after a carrier's 429 that does not say how long. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofMinutes(1);

    private final CarrierAccountDirectory accounts;
    private final Shipments shipments;
    private final TrackingTimeline timeline;
    private final PushInbox inbox;
    private final CarrierInvoker invoker;
    private final Duration refreshAfter;
    private final int maxEventsPerPush;
    private final Clock clock;
    private final TrackingChecks checks;
    private final CarrierBackoffs backoffs;
    private final PollingSettings polling;

    public TrackingRoute(CarrierAccountDirectory accounts, Shipments shipments, TrackingTimeline timeline, PushInbox inbox,
                         CarrierInvoker invoker,
                         @Value("${shipgate.tracking.refresh-after:60s}") Duration refreshAfter,
                         @Value("${shipgate.tracking.max-events-per-push:1000}") int maxEventsPerPush, Clock clock,
                         TrackingChecks checks, CarrierBackoffs backoffs, PollingSettings polling) {
        this.checks = checks;
        this.backoffs = backoffs;
        this.polling = polling;
        this.accounts = accounts;
        this.shipments = shipments;
        this.timeline = timeline;
        this.inbox = inbox;
        this.invoker = invoker;
        this.refreshAfter = refreshAfter;
        this.maxEventsPerPush = maxEventsPerPush;
        this.clock = clock;
    }

    private ProducerTemplate handOff;

    @Override
    public void configure() {
        handOff = getCamelContext().createProducerTemplate();

        from(Endpoints.TRACK_SHIPMENT).routeId("trackShipment")
                .routeConfigurationId(RouteConfigurations.REQUEST_REPLY)
                .process(this::loadStale)
                .filter(exchangeProperty(SHIPMENT).isNull())
                    .stop()
                .end()
                .process(this::poll)
                .to(Endpoints.INGEST_TRACKING)
                .process(this::scheduleNext);

        from(Endpoints.CARRIER_WEBHOOK).routeId("carrierWebhook")
                .routeConfigurationId(RouteConfigurations.REQUEST_REPLY)
                .process(this::authenticateAndStore)
                .process(this::handOff);

        from(Endpoints.INGEST_TRACKING).routeId("ingestTracking")
                .routeConfigurationId(RouteConfigurations.REQUEST_REPLY)
                .process(this::ingest);
    }

    /** One update (a poll, a matched push), or a batch of them in one transaction (the push intake's, {@link TrackingUpdates}). */
    private void ingest(Exchange exchange) {
        Object body = exchange.getIn().getBody();
        if (body instanceof TrackingUpdates batch) {
            timeline.record(batch.updates());
        } else {
            timeline.record(exchange.getIn().getBody(TrackingUpdate.class));
        }
    }

    /**
     * Authenticates the push through the account's adapter (not through the account's circuit breaker:
     * pushes keep coming in while the carrier's API fails polls), then stores it with what the adapter
     * read of it. The adapter authenticates before it reads the body, so its INVALID_REQUEST means an
     * authenticated sender sent a body it cannot read.
     */
    private void authenticateAndStore(Exchange exchange) {
        CarrierWebhookCommand command = exchange.getIn().getBody(CarrierWebhookCommand.class);
        CarrierConnection carrier = accounts.connectForWebhook(command.carrier(), command.carrierAccountId())
                .orElseThrow(() -> new WebhookNotAuthenticatedException("no " + command.carrier() + " account " + command.carrierAccountId()));
        if (!carrier.adapter().descriptor().capabilities().supports(Capability.WEBHOOK_TRACKING)) {
            // answered like an unknown account: a caller learns nothing about which accounts exist
            throw new WebhookNotAuthenticatedException(command.carrier() + " pushes no tracking");
        }
        List<TrackingResult> results;
        try {
            // reading a push is not a call to the carrier: no circuit breaker, no time limit (the adapter only checks and parses)
            results = carrier.adapter().parseWebhook(carrier.context(), command.webhook());
        } catch (CarrierException e) {
            if (e.category() == CarrierErrorCategory.AUTHENTICATION) {
                throw new WebhookNotAuthenticatedException(e.getMessage());
            }
            if (e.category() == CarrierErrorCategory.INVALID_REQUEST) {
                throw new WebhookRejectedException(WebhookRejectedException.Reason.MALFORMED, e.getMessage(), e);
            }
            throw e;
        }
        ReceivedPush push = new ReceivedPush(carrier.tenantId(), carrier.accountId(), carrier.carrier(), command.webhook().body(),
                PushHeaders.kept(command.webhook().headers()), results);
        if (push.events() > maxEventsPerPush || results.size() > maxEventsPerPush) {
            throw new WebhookRejectedException(WebhookRejectedException.Reason.TOO_MANY_EVENTS, "the push carries " + push.events()
                    + " events for " + results.size() + " shipments; at most " + maxEventsPerPush + " of each are taken in one push", null);
        }
        UUID id = inbox.store(push);
        exchange.getIn().setBody(new WebhookReceipt(id, results.size(), push.events()));
    }

    /**
     * Tells processing about the stored push, by the configured transport. The push is stored and committed
     * already: a hand-off that fails is logged and left to the intake job's claim (the safety net), and the
     * carrier still gets its 2xx.
     */
    private void handOff(Exchange exchange) {
        WebhookReceipt receipt = exchange.getIn().getBody(WebhookReceipt.class);
        try {
            handOff.sendBody(Endpoints.PUSH_HAND_OFF, receipt.pushId());
        } catch (RuntimeException e) {
            log.warn("push {}: hand-off failed, left to the intake job: {}", receipt.pushId(), e.getMessage());
        }
    }

    private void loadStale(Exchange exchange) {
        TrackShipmentCommand command = exchange.getIn().getBody(TrackShipmentCommand.class);
        ShipmentSnapshot shipment = shipments.loadTrackable(command.tenantId(), command.shipmentId());
        Instant last = shipment.lastTrackedAt();
        boolean fresh = last != null && last.plus(refreshAfter).isAfter(clock.instant());
        if (!shipment.status().terminal() && (command.force() || !fresh)) {
            exchange.setProperty(SHIPMENT, shipment);
        }
    }

    private void poll(Exchange exchange) {
        ShipmentSnapshot shipment = exchange.getProperty(SHIPMENT, ShipmentSnapshot.class);
        CarrierConnection carrier = accounts.connect(shipment.tenantId(), shipment.carrierAccountId());
        Instant backedOff = backoffs.backedOffUntil(carrier.accountId(), clock.instant());
        if (backedOff != null) {
            // a read or refresh through the API does not ask a carrier that throttled the account either
            throw new CarrierException(CarrierErrorCategory.RATE_LIMITED, carrier.adapter().code(), null,
                    "the carrier throttled this account; it is asked again after " + backedOff, true,
                    Duration.between(clock.instant(), backedOff), null, null);
        }
        TrackingResult tracking;
        try {
            tracking = invoker.invoke(carrier, Capability.TRACK, ctx -> carrier.adapter().track(ctx, shipment.ref()));
        } catch (CarrierException e) {
            if (e.category() == CarrierErrorCategory.RATE_LIMITED) {
                Duration wait = e.retryAfter() == null || e.retryAfter().isNegative() ? DEFAULT_RETRY_AFTER : e.retryAfter();
                backoffs.backOff(carrier.accountId(), clock.instant().plus(wait));
            }
            throw e;
        }
        exchange.setProperty(PUSHES, pushes(carrier));
        exchange.getIn().setBody(new TrackingUpdate(shipment, tracking, TrackingUpdate.Source.POLL));
    }

    /** After a poll: the next one by the status it left and the shipment's age (never after a terminal status). */
    private void scheduleNext(Exchange exchange) {
        ShipmentSnapshot polled = exchange.getProperty(SHIPMENT, ShipmentSnapshot.class);
        ShipmentSnapshot now = shipments.loadTrackable(polled.tenantId(), polled.id());
        Instant at = clock.instant();
        Duration next = polling.next(now.status(), Duration.between(now.createdAt(), at), exchange.getProperty(PUSHES, false, Boolean.class));
        checks.scheduled(now.tenantId(), now.id(), next == null ? null : at.plus(next));
    }

    /**
     * Whether the account pushes its tracking: its carrier can (WEBHOOK_TRACKING) and the account has the credential
     * that authenticates pushes (one whose name has {@code webhook} in it: webhook_secret, webhook_token...).
     */
    static boolean pushes(CarrierConnection carrier) {
        return carrier.adapter().descriptor().capabilities().supports(Capability.WEBHOOK_TRACKING)
                && carrier.context().account().credentials().entrySet().stream()
                .anyMatch(c -> c.getKey().contains("webhook") && c.getValue() != null && !c.getValue().isBlank());
    }
}
