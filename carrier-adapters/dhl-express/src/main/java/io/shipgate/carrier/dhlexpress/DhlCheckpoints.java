package io.shipgate.carrier.dhlexpress;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.spi.CarrierJson;
import io.shipgate.carrier.spi.CarrierTimes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * MyDHL's tracking answer ({@code GET /shipments/{awb}/tracking}), as MyDHL names it, and how one
 * checkpoint's time and place are read: tracking reads every checkpoint, the proof of delivery
 * the delivery's. Each checkpoint keeps its local time and GMT offset (see {@link #read}). The place
 * is the checkpoint's service area: its description is the city ({@code SYDNEY-AU}: city and
 * country), its country the shipper's or receiver's when the area is theirs.
 */
public final class DhlCheckpoints {

    private static final Pattern CITY_COUNTRY = Pattern.compile("^(.*\\S)\\s*-\\s*([A-Z]{2})$");

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(List<Shipment> shipments) {
    }

    /** {@code estimatedTimeOfDelivery} and {@code estimatedDeliveryDate} are local date-times at the destination. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Shipment(String shipmentTrackingNumber, String status, Party shipperDetails, Party receiverDetails,
                           List<Event> events, String estimatedTimeOfDelivery, String estimatedDeliveryDate) {
    }

    /** Shipper or receiver: where they are and the DHL service area that serves them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Party(Place postalAddress, List<ServiceArea> serviceArea) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Place(String cityName, String postalCode, String provinceCode, String countryCode) {
    }

    /** A DHL service area: its code ({@code NYC}) and description ({@code New York} or {@code SYDNEY-AU}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ServiceArea(String code, String description) {
    }

    /** A checkpoint: local date and time at the place, its GMT offset (when asked for), its code and text. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(String date, String time, @JsonProperty("GMTOffset") String gmtOffset, String typeCode, String description,
                        List<ServiceArea> serviceArea, String signedBy) {
    }

    private DhlCheckpoints() {
    }

    /**
     * The shipment the answer holds for an AWB.
     *
     * @param index      its position in the answer's {@code shipments}
     * @param candidates how many shipments of the answer carry the AWB (DHL reuses AWBs after some years)
     */
    public record Chosen(Shipment shipment, int index, int candidates) {

        /** What the raw data says about the choice, when there was one to make; empty otherwise. */
        public Map<String, Object> note() {
            return candidates <= 1 ? Map.of() : Map.of("shipgateChosenShipment", Map.of("index", index, "candidates", candidates,
                    "reason", "DHL answered several shipments with this AWB: the one with the latest checkpoint"));
        }
    }

    /**
     * The shipment of {@code awb} in the answer; null when the answer has none. When several carry
     * the AWB (a reused number), the one with the latest checkpoint is the shipment, never a merge;
     * when none carries it exactly, the answer's first.
     */
    public static Chosen shipment(String awb, byte[] body) {
        Response response = CarrierJson.read(DhlErrors.CODE, body, Response.class);
        List<Shipment> shipments = response.shipments() == null ? List.of() : response.shipments();
        List<Integer> matching = IntStream.range(0, shipments.size())
                .filter(i -> shipments.get(i) != null && awb.equals(shipments.get(i).shipmentTrackingNumber())).boxed().toList();
        if (matching.isEmpty()) {
            return IntStream.range(0, shipments.size()).filter(i -> shipments.get(i) != null).boxed().findFirst()
                    .map(i -> new Chosen(shipments.get(i), i, 1)).orElse(null);
        }
        int chosen = matching.getFirst();
        OffsetDateTime latest = latestCheckpoint(shipments.get(chosen));
        for (int i : matching) {
            OffsetDateTime at = latestCheckpoint(shipments.get(i));
            if (at != null && (latest == null || at.isAfter(latest))) {
                chosen = i;
                latest = at;
            }
        }
        return new Chosen(shipments.get(chosen), chosen, matching.size());
    }

    private static OffsetDateTime latestCheckpoint(Shipment shipment) {
        List<Checkpoint> checkpoints = read(shipment);
        return checkpoints.isEmpty() ? null : checkpoints.getLast().at().at();
    }

    /**
     * One checkpoint read: where and when it was scanned.
     *
     * @param at its time; {@code offsetKnown} false when neither DHL nor the place told the offset
     */
    public record Checkpoint(Event event, EventLocation location, CarrierTimes.ScanTime at) {
    }

    /**
     * The shipment's checkpoints, oldest first, each with its place and time. A checkpoint without
     * a GMT offset takes its service area's from another checkpoint, else its place's zone where the
     * place has one; otherwise it is kept at its local time with the offset unknown. Only an entry
     * without a readable date (a damaged answer) is left out: it cannot be placed in the history.
     */
    public static List<Checkpoint> read(Shipment shipment) {
        List<Event> events = shipment.events() == null ? List.of() : shipment.events().stream().filter(Objects::nonNull).toList();
        Map<String, ZoneOffset> offsets = offsetsByServiceArea(events);
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (Event event : events) {
            EventLocation location = location(event, shipment);
            LocalDate date = CarrierTimes.date(event.date());
            if (date == null) {
                continue;
            }
            LocalTime time = CarrierTimes.time(event.time());
            LocalDateTime local = date.atTime(time == null ? LocalTime.MIDNIGHT : time);
            ZoneOffset offset = CarrierTimes.offset(event.gmtOffset());
            if (offset == null) {
                offset = offsets.get(serviceAreaCode(event));
            }
            checkpoints.add(new Checkpoint(event, location, CarrierTimes.scan(local, offset, location)));
        }
        checkpoints.sort(Comparator.comparing(c -> c.at().at()));
        return List.copyOf(checkpoints);
    }

    /** The offsets DHL gave, by service area, for the checkpoints it gave none. */
    private static Map<String, ZoneOffset> offsetsByServiceArea(List<Event> events) {
        Map<String, ZoneOffset> offsets = new HashMap<>();
        for (Event event : events) {
            ZoneOffset offset = CarrierTimes.offset(event.gmtOffset());
            String area = serviceAreaCode(event);
            if (offset != null && area != null) {
                offsets.putIfAbsent(area, offset);
            }
        }
        return offsets;
    }

    /** Where a checkpoint was scanned; null when DHL names no service area. */
    public static EventLocation location(Event event, Shipment shipment) {
        if (event.serviceArea() == null || event.serviceArea().isEmpty() || event.serviceArea().getFirst() == null) {
            return null;
        }
        ServiceArea area = event.serviceArea().getFirst();
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

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String countryOfArea(String code, Party party) {
        if (code == null || party == null || party.serviceArea() == null || party.postalAddress() == null) {
            return null;
        }
        return party.serviceArea().stream().anyMatch(a -> a != null && code.equals(a.code()))
                ? blankToNull(party.postalAddress().countryCode()) : null;
    }

    private static String serviceAreaCode(Event event) {
        return event.serviceArea() == null || event.serviceArea().isEmpty() || event.serviceArea().getFirst() == null
                ? null : event.serviceArea().getFirst().code();
    }
}
