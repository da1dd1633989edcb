package io.shipgate.gateway.tracking;

import io.shipgate.carrier.model.InboundWebhook;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.routes.RouteClient;
import io.shipgate.gateway.shipment.ShipmentTracking;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.port.ShipmentSnapshot;
import io.shipgate.routes.tracking.CarrierWebhookCommand;
import io.shipgate.routes.tracking.PollingSettings;
import io.shipgate.routes.tracking.TrackShipmentCommand;
import io.shipgate.routes.tracking.WebhookReceipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.UUID;

/**
 * Shipments' tracking: the timeline, refreshed from the carrier through the tracking route when
 * stale, and the pushes carriers send to the ingestion route.
 */
@Service
class TrackingService {

    private static final Logger LOG = LoggerFactory.getLogger(TrackingService.class);

    private final RouteClient routes;
    private final TrackingEventRepository events;
    private final ShipmentTracking shipments;

    private final Clock clock;
    private final PollingSettings polling;

    TrackingService(RouteClient routes, TrackingEventRepository events, ShipmentTracking shipments, Clock clock, PollingSettings polling) {
        this.clock = clock;
        this.polling = polling;
        this.routes = routes;
        this.events = events;
        this.shipments = shipments;
    }

    TrackingView timeline(UUID tenantId, UUID shipmentId, boolean forceRefresh) {
        String refreshError = null;
        try {
            routes.send(Endpoints.TRACK_SHIPMENT, new TrackShipmentCommand(tenantId, shipmentId, forceRefresh));
        } catch (CarrierException e) {
            // the stored timeline is still the best answer; say why it may be behind
            LOG.info("tracking refresh of shipment {} failed: {} {}", shipmentId, e.category(), e.getMessage());
            refreshError = e.category() == CarrierErrorCategory.NOT_FOUND
                    // the carrier does not know the AWB (yet): nothing is wrong with the shipment, its status stays
                    ? "NOT_FOUND: the carrier has no record of this shipment yet (not scanned yet, or unknown to it): " + e.getMessage()
                    : e.category() + ": " + e.getMessage();
        }
        ShipmentSnapshot shipment = shipments.find(tenantId, shipmentId).orElseThrow(() -> ApiException.notFound("shipment " + shipmentId));
        return TrackingMapper.view(shipment, refreshError, events.list(tenantId, shipmentId));
    }

    /** Asks the carrier now (once per shipgate.tracking.polling.refresh-interval per shipment) and answers the timeline. */
    TrackingView refresh(UUID tenantId, UUID shipmentId) {
        shipments.takeRefresh(tenantId, shipmentId, clock.instant(), polling.refreshInterval());
        return timeline(tenantId, shipmentId, true);
    }

    /** A carrier's push to an account's webhook URL: authenticated by the account's adapter, then ingested. */
    WebhookReceipt receive(String carrier, UUID accountId, InboundWebhook webhook) {
        return routes.request(Endpoints.CARRIER_WEBHOOK, new CarrierWebhookCommand(carrier, accountId, webhook), WebhookReceipt.class);
    }
}
