package io.shipgate.gateway.tracking;

import io.shipgate.carrier.spi.Capability;
import io.shipgate.carrier.spi.CarrierAdapter;
import io.shipgate.carrier.spi.CarrierRegistry;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.Problems;
import io.shipgate.gateway.shipment.ShipmentTrackers;
import io.shipgate.gateway.shipment.TrackerRecord;
import io.shipgate.routes.carrier.CarrierConnection;
import io.shipgate.routes.port.CarrierAccountDirectory;
import io.shipgate.routes.port.CarrierSelection;
import io.shipgate.routes.port.PushInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import java.util.UUID;

/** Trackers: AWBs bought elsewhere, registered for polling and merchant webhooks (stored as shipments of kind tracker). */
@Service
class TrackerService {

    private static final Logger LOG = LoggerFactory.getLogger(TrackerService.class);

    private final ShipmentTrackers trackers;
    private final CarrierRegistry carriers;
    private final CarrierAccountDirectory accounts;
    private final PushInbox inbox;

    TrackerService(ShipmentTrackers trackers, CarrierRegistry carriers, CarrierAccountDirectory accounts, PushInbox inbox) {
        this.trackers = trackers;
        this.carriers = carriers;
        this.accounts = accounts;
        this.inbox = inbox;
    }

    /**
     * The new tracker, or the tenant's existing one of the same carrier and number ({@code created} false). A new tracker
     * takes the tracking its account's carrier pushed for the number before it existed (kept unmatched by the push intake),
     * once stored: a failure there is logged and leaves that tracking kept (the poller brings the status anyway).
     */
    ShipmentTrackers.Registration create(UUID tenantId, CreateTrackerRequest request) {
        CarrierAdapter adapter = carriers.find(request.carrier())
                .orElseThrow(() -> ApiException.invalid("carrier", "unknown carrier '" + request.carrier() + "'; known: "
                        + carriers.all().stream().map(CarrierAdapter::code).sorted().toList()));
        if (!adapter.descriptor().capabilities().supports(Capability.TRACK)) {
            throw new ApiException(Problems.CAPABILITY_NOT_SUPPORTED, HttpStatus.UNPROCESSABLE_ENTITY,
                    request.carrier() + " does not offer tracking").with("capability", Capability.TRACK.name());
        }
        CarrierConnection account = accounts.connect(tenantId, new CarrierSelection(request.carrierAccountId(), request.carrier()));
        if (!account.carrier().equals(request.carrier())) {
            throw ApiException.invalid("carrier_account_id", "carrier account " + account.accountId() + " is a " + account.carrier()
                    + " account, not " + request.carrier());
        }
        ShipmentTrackers.Registration registered = trackers.register(tenantId, account.accountId(), request.carrier(),
                request.trackingNumber().strip(), request.reference());
        if (!registered.created()) {
            return registered;
        }
        try {
            if (inbox.rematch(tenantId, account.accountId(), registered.tracker().trackingNumber()) > 0) {
                return new ShipmentTrackers.Registration(trackers.find(tenantId, registered.tracker().id()).orElse(registered.tracker()), true);
            }
        } catch (RuntimeException e) {
            LOG.warn("tracker {}: the tracking pushed before it was created could not be matched: {}", registered.tracker().id(), e.getMessage());
        }
        return registered;
    }

    TrackerView get(UUID tenantId, UUID id) {
        return trackers.find(tenantId, id).map(TrackerService::view).orElseThrow(() -> ApiException.notFound("tracker " + id));
    }

    TrackerPage list(UUID tenantId, io.shipgate.carrier.model.TrackingStatus status, String carrier, String state, int limit, String cursor) {
        TrackerRecord.Page page = trackers.list(tenantId, status, carrier, state, limit, cursor);
        return new TrackerPage(page.trackers().stream().map(TrackerService::view).toList(), page.nextCursor());
    }

    TrackerView delete(UUID tenantId, UUID id) {
        TrackerView tracker = get(tenantId, id);
        if (!trackers.delete(tenantId, id)) {
            throw ApiException.notFound("tracker " + id);
        }
        return tracker;
    }

    static TrackerView view(TrackerRecord t) {
        return new TrackerView(t.id(), t.carrier(), t.carrierAccountId(), t.trackingNumber(), t.reference(), t.status(), t.status().code(),
                t.state(), t.estimatedDelivery(), t.latestDelivery(), t.deliveredAt(), t.firstAttemptAt(), t.lastCheckedAt(), t.nextCheckAt(), t.checkError(),
                "/v1/shipments/" + t.id() + "/tracking", t.createdAt(), t.updatedAt());
    }
}
