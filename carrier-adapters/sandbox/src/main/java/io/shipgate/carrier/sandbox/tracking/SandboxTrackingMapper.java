package io.shipgate.carrier.sandbox.tracking;

import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.sandbox.SandboxJson;
import io.shipgate.carrier.sandbox.SandboxStatusMap;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code GET /v1/tracking/{awb}}, and the tracking pushes, which have the same shape: sandbox
 * events to universal ones through {@link SandboxStatusMap}, each with its local time and offset.
 */
public final class SandboxTrackingMapper {

    record Tracking(String awb, String status, LocalDate estimatedDelivery, List<Event> events) {
    }

    record Event(String code, String reasonCode, String description, Location location, OffsetDateTime timestamp) {
    }

    record Location(String city, String state, String postalCode, String country) {
    }

    private SandboxTrackingMapper() {
    }

    public static TrackingResult parse(byte[] body) {
        Tracking tracking = SandboxJson.read(body, Tracking.class);
        List<TrackingEvent> events = tracking.events() == null ? List.of()
                : tracking.events().stream().map(SandboxTrackingMapper::event).toList();
        return new TrackingResult(tracking.awb(), SandboxStatusMap.status(tracking.status()), events,
                tracking.estimatedDelivery(), new String(body, StandardCharsets.UTF_8));
    }

    private static TrackingEvent event(Event event) {
        TrackingStatus status = SandboxStatusMap.status(event.code());
        Location location = event.location();
        return new TrackingEvent(status,
                status == TrackingStatus.FAILED_DELIVERY ? SandboxStatusMap.ndrReason(event.reasonCode()) : null,
                event.code(), event.description(),
                location == null ? null : new EventLocation(location.city(), location.state(), location.postalCode(), location.country()),
                event.timestamp());
    }
}
