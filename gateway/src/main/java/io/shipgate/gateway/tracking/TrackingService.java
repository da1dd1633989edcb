package io.shipgate.gateway.tracking;

import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.routes.RouteClient;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.tracking.TrackShipmentCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.UUID;

/** A shipment's tracking timeline, refreshed from the carrier through the tracking route when stale. */
@Service
public class TrackingService {

    private static final Logger LOG = LoggerFactory.getLogger(TrackingService.class);

    private final RouteClient routes;
    private final TrackingEventRepository events;
    private final JdbcClient jdbc;

    TrackingService(RouteClient routes, TrackingEventRepository events, JdbcClient jdbc) {
        this.routes = routes;
        this.events = events;
        this.jdbc = jdbc;
    }

    public TrackingView timeline(UUID tenantId, UUID shipmentId, boolean forceRefresh) {
        String refreshError = null;
        try {
            routes.send(Endpoints.TRACK_SHIPMENT, new TrackShipmentCommand(tenantId, shipmentId, forceRefresh));
        } catch (CarrierException e) {
            // the stored timeline is still the best answer; say why it may be behind
            LOG.info("tracking refresh of shipment {} failed: {} {}", shipmentId, e.category(), e.getMessage());
            refreshError = e.category() + ": " + e.getMessage();
        }
        String error = refreshError;
        return jdbc.sql("""
                        SELECT carrier, awb, status, estimated_delivery, last_tracked_at FROM shipments WHERE tenant_id = ? AND id = ?""")
                .params(tenantId, shipmentId)
                .query((rs, n) -> {
                    TrackingStatus status = TrackingStatus.valueOf(rs.getString("status"));
                    Date edd = rs.getDate("estimated_delivery");
                    Timestamp tracked = rs.getTimestamp("last_tracked_at");
                    return new TrackingView(shipmentId, rs.getString("carrier"), rs.getString("awb"), status, status.code(),
                            edd == null ? null : edd.toLocalDate(), tracked == null ? null : tracked.toInstant(), error,
                            events.list(tenantId, shipmentId).stream().map(TrackingMapper::view).toList());
                })
                .optional()
                .orElseThrow(() -> ApiException.notFound("shipment " + shipmentId));
    }
}
