package io.shipgate.gateway.pages;

import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.shipment.ShipmentFinder.PublicShipment;
import io.shipgate.gateway.tracking.EventLocationView;
import io.shipgate.gateway.tracking.TrackingEventView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the tracking page shows of a shipment, in the visitor's language: the status, the milestones reached, the EDD
 * window, the timeline (newest first, each scan at the place's local time) and, of the recipient, the first name and city.
 */
record TrackingPage(String awb, String statusKey, String tone, List<Milestone> milestones, String edd, String delivered, String firstName,
                    String city, List<Event> events, boolean returnShipment) {

    /** A step of the progress bar: its label's message key, and done, current or todo. */
    record Milestone(String labelKey, String state) {
    }

    /** A scan: its status's message key, the carrier's words, the place, its local date and time. */
    record Event(String statusKey, String text, String place, String date, String time, boolean latest) {
    }

    private static final List<String> FORWARD = List.of("ordered", "picked_up", "in_transit", "out_for_delivery", "delivered");
    private static final List<String> RETURN = List.of("return_requested", "picked_up", "in_transit", "return_received");
    private static final Set<TrackingStatus> ATTENTION = EnumSet.of(TrackingStatus.FAILED_DELIVERY, TrackingStatus.DELAYED,
            TrackingStatus.ON_HOLD, TrackingStatus.PICKUP_FAILED, TrackingStatus.NOT_SERVICEABLE);
    private static final Set<TrackingStatus> PROBLEM = EnumSet.of(TrackingStatus.CANCELLED, TrackingStatus.LOST, TrackingStatus.DAMAGED,
            TrackingStatus.RTO_REQUESTED, TrackingStatus.RTO_IN_TRANSIT, TrackingStatus.RTO_OUT_FOR_DELIVERY, TrackingStatus.RTO_DELIVERED,
            TrackingStatus.RTO_FAILED);

    static TrackingPage of(PublicShipment shipment, List<TrackingEventView> timeline, PageFormats.Formats formats) {
        DateTimeFormatter day = formats.day();
        DateTimeFormatter time = formats.time();
        TrackingStatus status = shipment.status();
        boolean isReturn = status.name().startsWith("RETURN_");
        List<String> steps = isReturn ? RETURN : FORWARD;
        int reached = PROBLEM.contains(status) ? -1 : step(status);
        List<Milestone> milestones = reached < 0 ? List.of() : java.util.stream.IntStream.range(0, steps.size())
                .mapToObj(i -> new Milestone("pages.milestone." + steps.get(i),
                        i < reached || (i == reached && status.terminal()) ? "done" : i == reached ? "current" : "todo"))
                .toList();
        String edd = null;
        if (!status.terminal() && !PROBLEM.contains(status) && shipment.estimatedDelivery() != null) {
            LocalDate first = shipment.estimatedDelivery();
            LocalDate last = shipment.latestDelivery();
            edd = last == null || !last.isAfter(first) ? first.format(day) : first.format(day) + " – " + last.format(day);
        }
        String delivered = null;
        if (status == TrackingStatus.DELIVERED || status == TrackingStatus.RETURN_DELIVERED) {
            Instant at = shipment.deliveredAt();
            TrackingEventView scan = timeline.stream().filter(e -> e.status() == status).reduce((a, b) -> b).orElse(null);
            delivered = scan != null ? scan.occurredAt().format(day) + ", " + scan.occurredAt().format(time)
                    : at != null ? at.atOffset(ZoneOffset.UTC).format(day) : null;
        }
        List<TrackingEventView> newestFirst = new ArrayList<>(timeline);
        newestFirst.sort(Comparator.comparing(TrackingEventView::occurredAt, Comparator.comparing(java.time.OffsetDateTime::toInstant)).reversed());
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            TrackingEventView e = newestFirst.get(i);
            events.add(new Event("pages.status." + e.status().name(), e.carrierText(), place(e.location()), e.occurredAt().format(day),
                    e.occurredAt().format(time), i == 0));
        }
        String tone = status.terminal() && (status == TrackingStatus.DELIVERED || status == TrackingStatus.RETURN_DELIVERED) ? "ok"
                : ATTENTION.contains(status) || PROBLEM.contains(status) ? "warn" : "info";
        return new TrackingPage(shipment.awb(), "pages.status." + status.name(), tone, milestones, edd, delivered, shipment.firstName(),
                shipment.city(), events, isReturn);
    }

    /** The milestone a status has reached (0: ordered or return requested). */
    static int step(TrackingStatus status) {
        return switch (status) {
            case PICKED_UP, RETURN_PICKED_UP -> 1;
            case IN_TRANSIT, DELAYED, ON_HOLD, RETURN_IN_TRANSIT -> 2;
            case OUT_FOR_DELIVERY, FAILED_DELIVERY, RETURN_DELIVERED -> 3;
            case DELIVERED -> 4;
            default -> 0;
        };
    }

    private static String place(EventLocationView l) {
        if (l == null) {
            return null;
        }
        String place = Stream.of(l.city(), l.state(), l.country()).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
        return place.isEmpty() ? null : place;
    }
}
