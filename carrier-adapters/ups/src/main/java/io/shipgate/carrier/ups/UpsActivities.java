package io.shipgate.carrier.ups;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.model.TrackingEvent;

import io.shipgate.carrier.spi.CarrierTimes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A UPS package activity (a scan) as a universal {@link TrackingEvent}: Tracking's {@code activity}
 * and Track Alert's event carry the same codes ({@link UpsStatusMap}), a place, and the local date
 * and time with UPS's offset or GMT time beside them.
 */
public final class UpsActivities {

    private UpsActivities() {
    }

    /** Tracking's {@code activity}: place, status, local date and time, GMT date, time and offset. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Activity(Location location, Status status, String date, String time, String gmtDate, String gmtTime,
                           String gmtOffset) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Location(Place address) {
    }

    /** A place: Tracking names the country {@code countryCode} (and {@code country}), Track Alert {@code country}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Place(String city, String stateProvince, String postalCode, String countryCode, String country) {

        public EventLocation location() {
            return new EventLocation(UpsWire.text(city), UpsWire.text(stateProvince), UpsWire.text(postalCode),
                    UpsWire.text(countryCode) != null ? UpsWire.text(countryCode) : UpsWire.text(country));
        }
    }

    /**
     * An activity's status: the type, the two-character code, the text and the three-digit code
     * ({@code statusCode} in Tracking, {@code descriptionCode} in Track Alert).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Status(String type, String code, String description, String statusCode, String descriptionCode) {

        public UpsStatusMap.Normalized normalized() {
            return UpsStatusMap.normalize(UpsWire.text(statusCode) != null ? UpsWire.text(statusCode) : UpsWire.text(descriptionCode),
                    UpsWire.text(code), UpsWire.text(type), UpsWire.text(description));
        }

        /** The activity code ({@code OT}), or the type when UPS sent no code. */
        public String carrierCode() {
            return UpsWire.text(code) != null ? UpsWire.text(code) : UpsWire.text(type);
        }
    }

    /** A Tracking activity as an event; null when it has no date. */
    public static TrackingEvent event(Activity activity) {
        EventLocation location = activity.location() == null || activity.location().address() == null ? null
                : activity.location().address().location();
        return event(activity.status(), location, activity.date(), activity.time(), activity.gmtOffset(), activity.gmtDate(),
                activity.gmtTime());
    }

    /** An event from its parts; null when the local date is missing or not a date. */
    public static TrackingEvent event(Status status, EventLocation location, String date, String time, String gmtOffset,
                                      String gmtDate, String gmtTime) {
        CarrierTimes.ScanTime at = scanTime(date, time, gmtOffset, gmtDate, gmtTime, location);
        if (at == null) {
            return null;
        }
        Status known = status == null ? new Status(null, null, null, null, null) : status;
        UpsStatusMap.Normalized normalized = known.normalized();
        return new TrackingEvent(normalized.status(), normalized.ndrReason(), known.carrierCode(), UpsWire.text(known.description()),
                location, at.at(), false, at.offsetKnown());
    }

    /**
     * The moment of a UPS scan: its local {@code YYYYMMDD} date and {@code HHMMSS} time, with the
     * offset UPS sent ({@code -05:00} in Tracking, {@code -04.00} in Track Alert), else the one
     * between the local and the GMT date and time beside it, else the zone of the scan's place; when
     * none is known the local time is kept with its offset unknown. Null when the date is missing.
     */
    static CarrierTimes.ScanTime scanTime(String date, String time, String gmtOffset, String gmtDate, String gmtTime,
                                          EventLocation location) {
        LocalDate day = CarrierTimes.date(date);
        if (day == null) {
            return null;
        }
        LocalTime clock = CarrierTimes.time(time);
        LocalDateTime local = LocalDateTime.of(day, clock == null ? LocalTime.MIDNIGHT : clock);
        ZoneOffset offset = CarrierTimes.offset(gmtOffset);
        LocalDate gmtDay = CarrierTimes.date(gmtDate);
        LocalTime gmtClock = CarrierTimes.time(gmtTime);
        if (offset == null && gmtDay != null && gmtClock != null) {
            offset = CarrierTimes.offsetFromGmt(local, LocalDateTime.of(gmtDay, gmtClock));
        }
        return CarrierTimes.scan(local, offset, location);
    }

    /** The events of a list of activities, those without a date left out. */
    public static List<TrackingEvent> events(List<Activity> activities) {
        return UpsWire.list(activities).stream().map(UpsActivities::event).filter(Objects::nonNull)
                .sorted(Comparator.comparing(TrackingEvent::occurredAt)).toList();
    }
}
