package io.shipgate.carrier.dhlexpress.tracking;

import io.shipgate.carrier.dhlexpress.DhlJson;
import io.shipgate.carrier.dhlexpress.DhlStatusMap;
import io.shipgate.carrier.dhlexpress.DhlTimes;
import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MyDHL's tracking answer to universal tracking. Each checkpoint keeps its local time and GMT
 * offset; a checkpoint DHL sent without an offset takes the offset another checkpoint of the same
 * service area has, else UTC. Its status comes from {@link DhlStatusMap}; once DHL returns the
 * shipment to its shipper (RT), the checkpoints after it are the return's. The location is the
 * checkpoint's service area: its description is the city ({@code SYDNEY-AU}: city and country),
 * its country the shipper's or receiver's when the area is theirs.
 */
public final class DhlTrackingMapper {

    private static final Pattern CITY_COUNTRY = Pattern.compile("^(.*\\S)\\s*-\\s*([A-Z]{2})$");

    /** The delivery as a proof of delivery states it. */
    public record Delivery(OffsetDateTime deliveredAt, String signedBy, EventLocation location) {
    }

    private DhlTrackingMapper() {
    }

    /**
     * The tracking of {@code awb}. Without an answer (DHL has no scan yet) there are no events and
     * the shipment is as its label left it: MANIFESTED.
     */
    public static TrackingResult parse(String awb, Optional<byte[]> body) {
        if (body.isEmpty()) {
            return new TrackingResult(awb, TrackingStatus.MANIFESTED, List.of(), null, null);
        }
        DhlTrackingWire.Shipment shipment = shipment(awb, body.get());
        if (shipment == null) {
            return new TrackingResult(awb, TrackingStatus.MANIFESTED, List.of(), null, DhlJson.withoutContent(body.get()));
        }
        List<TrackingEvent> events = events(shipment);
        TrackingStatus status = events.isEmpty() ? TrackingStatus.MANIFESTED : events.getLast().status();
        LocalDate edd = DhlTimes.day(shipment.estimatedTimeOfDelivery() != null ? shipment.estimatedTimeOfDelivery()
                : shipment.estimatedDeliveryDate());
        return new TrackingResult(awb, status, events, edd, DhlJson.withoutContent(body.get()));
    }

    /** The shipment's delivery (its latest OK checkpoint), when it was delivered. */
    public static Optional<Delivery> delivery(String awb, byte[] body) {
        DhlTrackingWire.Shipment shipment = shipment(awb, body);
        if (shipment == null || shipment.events() == null) {
            return Optional.empty();
        }
        Map<String, ZoneOffset> offsets = offsetsByServiceArea(shipment.events());
        return shipment.events().stream()
                .filter(e -> DhlStatusMap.status(e.typeCode()) == TrackingStatus.DELIVERED)
                .map(e -> new Delivery(time(e, offsets), blankToNull(e.signedBy()), location(e, shipment)))
                .max(Comparator.comparing(Delivery::deliveredAt));
    }

    private static DhlTrackingWire.Shipment shipment(String awb, byte[] body) {
        DhlTrackingWire.Response response = DhlJson.read(body, DhlTrackingWire.Response.class);
        if (response.shipments() == null || response.shipments().isEmpty()) {
            return null;
        }
        return response.shipments().stream().filter(s -> awb.equals(s.shipmentTrackingNumber())).findFirst()
                .orElse(response.shipments().getFirst());
    }

    private static List<TrackingEvent> events(DhlTrackingWire.Shipment shipment) {
        if (shipment.events() == null) {
            return List.of();
        }
        Map<String, ZoneOffset> offsets = offsetsByServiceArea(shipment.events());
        List<DhlTrackingWire.Event> chronological = shipment.events().stream()
                .sorted(Comparator.comparing((DhlTrackingWire.Event e) -> time(e, offsets))).toList();
        List<TrackingEvent> events = new ArrayList<>();
        boolean returning = false;
        for (DhlTrackingWire.Event event : chronological) {
            TrackingStatus status = DhlStatusMap.status(event.typeCode());
            if (returning) {
                status = DhlStatusMap.whileReturning(status);
            }
            returning |= status == TrackingStatus.RTO_IN_TRANSIT;
            NdrReason reason = status == TrackingStatus.FAILED_DELIVERY ? DhlStatusMap.ndrReason(event.typeCode()) : null;
            events.add(new TrackingEvent(status, reason, event.typeCode(), event.description(), location(event, shipment),
                    time(event, offsets)));
        }
        return List.copyOf(events);
    }

    private static OffsetDateTime time(DhlTrackingWire.Event event, Map<String, ZoneOffset> offsets) {
        ZoneOffset offset = DhlTimes.offset(event.gmtOffset());
        if (offset == null) {
            offset = offsets.getOrDefault(serviceAreaCode(event), ZoneOffset.UTC);
        }
        return DhlTimes.event(event.date(), event.time(), offset);
    }

    /** The offsets DHL gave, by service area, for the checkpoints it gave none. */
    private static Map<String, ZoneOffset> offsetsByServiceArea(List<DhlTrackingWire.Event> events) {
        Map<String, ZoneOffset> offsets = new HashMap<>();
        for (DhlTrackingWire.Event event : events) {
            ZoneOffset offset = DhlTimes.offset(event.gmtOffset());
            String area = serviceAreaCode(event);
            if (offset != null && area != null) {
                offsets.putIfAbsent(area, offset);
            }
        }
        return offsets;
    }

    private static EventLocation location(DhlTrackingWire.Event event, DhlTrackingWire.Shipment shipment) {
        if (event.serviceArea() == null || event.serviceArea().isEmpty()) {
            return null;
        }
        DhlTrackingWire.ServiceArea area = event.serviceArea().getFirst();
        String city = blankToNull(area.description());
        String country = null;
        if (city != null) {
            Matcher m = CITY_COUNTRY.matcher(city);
            if (m.matches()) {
                city = m.group(1);
                country = m.group(2);
            }
        }
        if (country == null) {
            country = countryOfArea(area.code(), shipment.shipperDetails());
        }
        if (country == null) {
            country = countryOfArea(area.code(), shipment.receiverDetails());
        }
        return new EventLocation(city, null, null, country);
    }

    private static String countryOfArea(String code, DhlTrackingWire.Party party) {
        if (code == null || party == null || party.serviceArea() == null || party.postalAddress() == null) {
            return null;
        }
        return party.serviceArea().stream().anyMatch(a -> code.equals(a.code())) ? blankToNull(party.postalAddress().countryCode()) : null;
    }

    private static String serviceAreaCode(DhlTrackingWire.Event event) {
        return event.serviceArea() == null || event.serviceArea().isEmpty() ? null : event.serviceArea().getFirst().code();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
