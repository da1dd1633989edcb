package io.shipgate.carrier.simulator;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** {@code GET /v1/tracking/{awb}}: the events that have happened by the simulator clock's now. */
final class TrackingEndpoint {

    record Location(String city, String state, String postalCode, String country) {

        static Location of(Place place) {
            return new Location(place.city(), place.state(), place.postalCode(), place.country());
        }
    }

    record Event(String code, String reasonCode, String description, Location location, OffsetDateTime timestamp) {
    }

    record Tracking(String awb, String status, LocalDate estimatedDelivery, List<Event> events) {
    }

    private final ShipmentBook book;

    TrackingEndpoint(ShipmentBook book) {
        this.book = book;
    }

    SimulatorResponse track(SimulatorRequest request) {
        String awb = request.awb();
        TrackingTimeline timeline = TrackingTimeline.plan(awb, book.facts(awb), book.cancelledAt(awb), book.rtoRequestedAt(awb), request.simulation());
        List<Event> events = timeline.until(request.now()).stream().map(TrackingEndpoint::event).toList();
        return SimulatorResponse.json(200, new Tracking(awb, events.getLast().code(), timeline.estimatedDelivery(request.now()), events));
    }

    private static Event event(TrackingTimeline.Event event) {
        String description = event.reason() == null ? event.code().description()
                : event.code().description() + ": " + event.reason().description();
        return new Event(event.code().name(), event.reason() == null ? null : event.reason().name(), description,
                Location.of(event.place()), event.localTime());
    }
}
