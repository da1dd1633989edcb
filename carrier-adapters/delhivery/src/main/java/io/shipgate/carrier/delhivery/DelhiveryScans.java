package io.shipgate.carrier.delhivery;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.spi.CarrierTimes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What tracking polls and scan pushes share: the {@code Status} block Delhivery reports a
 * shipment's latest scan in, and a scan as a universal event, its status through
 * {@link DelhiveryStatusMap}, its time read by {@link CarrierTimes} (Delhivery's scan times are IST local times without an offset;
 * India is one zone, so the offset is always known), its place from
 * the facility name.
 */
public final class DelhiveryScans {

    /** {@code Delhi_DLEIndustrialArea_D (Delhi)}: a facility (city first) and its state in parentheses. */
    private static final Pattern LOCATION = Pattern.compile("^(.*?)\\s*\\(([^)]*)\\)\\s*$");

    /** Where a scan without a facility happened: somewhere in India (Delhivery B2C is domestic), one zone, IST. */
    private static final EventLocation INDIA = new EventLocation(null, null, null, "IN");

    private DelhiveryScans() {
    }

    /** A shipment's {@code Status} block: its latest scan. {@code StatusCode} is absent in pushes (they carry {@code NSLCode}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Status(@JsonProperty("Status") String status, @JsonProperty("StatusType") String statusType,
                         @JsonProperty("StatusDateTime") String statusDateTime, @JsonProperty("StatusLocation") String statusLocation,
                         @JsonProperty("Instructions") String instructions, @JsonProperty("StatusCode") String statusCode,
                         @JsonProperty("RecievedBy") String receivedBy) {
    }

    /** The event a {@code Status} block describes; {@code code} is its {@code StatusCode}, or the push's {@code NSLCode}. */
    public static TrackingEvent statusEvent(Status status, String code) {
        return event(status.statusType(), status.status(), code, status.instructions(), status.statusLocation(), status.statusDateTime());
    }

    /**
     * A scan as a universal event; null when Delhivery left its time out or garbled it.
     *
     * @param type   {@code ScanType} / {@code StatusType}: UD, DL, RT, PP, PU, CN
     * @param status {@code Scan} / {@code Status}
     * @param code   {@code StatusCode} or {@code NSLCode}; may be null
     */
    public static TrackingEvent event(String type, String status, String code, String instructions, String facility, String time) {
        EventLocation place = location(facility);
        CarrierTimes.ScanTime at = CarrierTimes.scan(time, place != null ? place : INDIA);
        if (at == null) {
            return null;
        }
        TrackingStatus normalized = DelhiveryStatusMap.status(type, status, code);
        String carrierCode = code != null ? code : (type == null ? "" : type) + "/" + (status == null ? "" : status);
        return new TrackingEvent(normalized,
                normalized == TrackingStatus.FAILED_DELIVERY ? DelhiveryStatusMap.ndrReason(code) : null,
                carrierCode, instructions != null ? instructions : status, place, at.at(), false, at.offsetKnown());
    }

    /** A Delhivery facility as a place: the city its name starts with, the state in parentheses, India. */
    public static EventLocation location(String facility) {
        if (facility == null || facility.isBlank()) {
            return null;
        }
        Matcher m = LOCATION.matcher(facility);
        String name = m.matches() ? m.group(1) : facility;
        String state = m.matches() && !m.group(2).isBlank() ? m.group(2).strip() : null;
        String city = name.contains("_") ? name.substring(0, name.indexOf('_')) : name;
        return new EventLocation(city.isBlank() ? null : city.strip(), state, null, "IN");
    }

    /**
     * The estimated delivery date: {@code ExpectedDeliveryDate} (Delhivery's current estimate), else
     * {@code PromisedDeliveryDate} (the promise at booking); a date before the ship date (an estimate
     * carried over from an earlier booking of the waybill) is no estimate.
     *
     * @param shipped the day Delhivery picked the parcel up, or null before pickup
     */
    public static LocalDate estimate(String expected, String promised, LocalDate shipped) {
        for (String text : new String[]{expected, promised}) {
            LocalDate date = CarrierTimes.date(text);
            if (date != null && (shipped == null || !date.isBefore(shipped))) {
                return date;
            }
        }
        return null;
    }

    /** A Delhivery date-time (IST) as the moment it names; null when absent or unreadable. */
    public static OffsetDateTime at(String text) {
        CarrierTimes.ScanTime at = CarrierTimes.scan(text, INDIA);
        return at == null ? null : at.at();
    }
}
