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
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tracking: a refresh polls the carrier when the stored timeline is stale; polls (and, later,
 * carrier webhooks) feed one ingestion route that de-duplicates events and advances the
 * shipment's status.
 *
 * <pre>
 * direct:trackShipment  -> load (a shipment or a tracker) -> (terminal or fresh: stop) -> circuit breaker + time limit -> adapter.track
 *                          (a 429: the account is backed off on every node until its Retry-After)
 *                       -> direct:ingestTracking -> the next poll set by the status now and the age (PollingSettings)
 * direct:carrierWebhook -> the account named in the URL -> adapter.parseWebhook (authenticates, then reads)
 *                       -> at most max-events-per-push events -> direct:ingestTracking per shipment of that account
 * direct:ingestTracking -> timeline: new events, status, its event (one transaction)
 * </pre>
 *
 * A push that cannot be authenticated is a {@link WebhookNotAuthenticatedException} (401); an
 * authenticated one whose body the adapter cannot read, or with more than
 * {@code shipgate.tracking.max-events-per-push} events or shipments, is a
 * {@link WebhookRejectedException} (400, 413), and nothing of it is stored.
 */
@Component
public class TrackingRoute extends RouteBuilder {

    private static final String SHIPMENT = "shipgate.shipment";
    private static final String RECEIPT = "shipgate.webhookReceipt";
    private static final String PUSHES = "shipgate.accountPushes";
    /** The back-off after a carrier's 429 that does not say how long. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofMinutes(1);

    private final CarrierAccountDirectory accounts;
    private final Shipments shipments;
    private final TrackingTimeline timeline;
    private final CarrierInvoker invoker;
    private final Duration refreshAfter;
    private final int maxEventsPerPush;
    private final Clock clock;
    private final TrackingChecks checks;
    private final CarrierBackoffs backoffs;
    private final PollingSettings polling;

    public TrackingRoute(CarrierAccountDirectory accounts, Shipments shipments, TrackingTimeline timeline, CarrierInvoker invoker,
                         @Value("${shipgate.tracking.refresh-after:60s}") Duration refreshAfter,
                         @Value("${shipgate.tracking.max-events-per-push:1000}") int maxEventsPerPush, Clock clock,
                         TrackingChecks checks, CarrierBackoffs backoffs, PollingSettings polling) {
        this.checks = checks;
        this.backoffs = backoffs;
        this.polling = polling;
        this.accounts = accounts;
        this.shipments = shipments;
        this.timeline = timeline;
        this.invoker = invoker;
        this.refreshAfter = refreshAfter;
        this.maxEventsPerPush = maxEventsPerPush;
        this.clock = clock;
    }

    @Override
    public void configure() {
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
                .process(this::authenticateWebhook)
                .split(body())
                    .to(Endpoints.INGEST_TRACKING)
                .end()
                .setBody(exchangeProperty(RECEIPT));

        from(Endpoints.INGEST_TRACKING).routeId("ingestTracking")
                .routeConfigurationId(RouteConfigurations.REQUEST_REPLY)
                .process(exchange -> timeline.record(exchange.getIn().getBody(TrackingUpdate.class)));
    }

    /**
     * Authenticates the push through the account's adapter (not through the account's circuit breaker:
     * pushes keep coming in while the carrier's API fails polls), then ingests each shipment it knows;
     * AWBs the account never bought are acknowledged and left out. The adapter authenticates before
     * it reads the body, so its INVALID_REQUEST means an authenticated sender sent a body it cannot read.
     */
    private void authenticateWebhook(Exchange exchange) {
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
        int events = results.stream().mapToInt(r -> r.events().size()).sum();
        if (events > maxEventsPerPush || results.size() > maxEventsPerPush) {
            throw new WebhookRejectedException(WebhookRejectedException.Reason.TOO_MANY_EVENTS, "the push carries " + events
                    + " events for " + results.size() + " shipments; at most " + maxEventsPerPush + " of each are taken in one push", null);
        }
        List<TrackingUpdate> updates = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (TrackingResult tracking : results) {
            Optional<ShipmentSnapshot> shipment = shipments.findByAwb(carrier.tenantId(), carrier.accountId(), tracking.awb());
            shipment.ifPresentOrElse(s -> updates.add(new TrackingUpdate(s, tracking, TrackingUpdate.Source.WEBHOOK)),
                    () -> unknown.add(tracking.awb()));
        }
        exchange.setProperty(RECEIPT, new WebhookReceipt(updates.size(), unknown));
        exchange.getIn().setBody(updates);
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
