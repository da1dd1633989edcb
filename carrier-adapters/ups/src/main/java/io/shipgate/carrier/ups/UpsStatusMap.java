package io.shipgate.carrier.ups;

import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingStatus;

import io.shipgate.carrier.spi.CodeTable;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * UPS tracking codes by the normalized status they mean. A UPS event carries three codes, from the
 * most to the least precise, and the first one known decides:
 * <ol>
 *   <li>the three-digit status code (Tracking {@code status.statusCode}, Track Alert
 *       {@code activityStatus.descriptionCode}): {@code 021} out for delivery, {@code 011} delivered...;</li>
 *   <li>the two-character activity code ({@code status.code}, {@code activityStatus.code}):
 *       {@code OT} out for delivery, {@code FS} delivered, {@code SR} released by customs...;</li>
 *   <li>the activity type ({@code status.type}): {@code M} manifest, {@code MV} manifest void, {@code P}
 *       pickup, {@code I} in progress, {@code U} updated delivery date, {@code D} delivery,
 *       {@code X} exception, {@code RS} returned to shipper.</li>
 * </ol>
 * The type alone is not enough: Track Alert sends out for delivery as type {@code I}, code {@code OT}.
 * An exception ({@code X}) whose text tells of a delivery attempt is a FAILED_DELIVERY; its NDR
 * reason comes from the phrase table {@link #NDR_PHRASES}. A type none of the tables know is UNKNOWN, the raw code kept.
 */
public final class UpsStatusMap {

    private static final CodeTable<TrackingStatus> STATUS_CODES = CodeTable.of(Map.of(
            TrackingStatus.MANIFESTED, List.of("042"),
            TrackingStatus.PICKED_UP, List.of("038"),
            TrackingStatus.IN_TRANSIT, List.of("003", "005", "014", "025", "045"),
            TrackingStatus.ON_HOLD, List.of("012", "016", "017", "029"),
            TrackingStatus.DELAYED, List.of("032"),
            TrackingStatus.OUT_FOR_DELIVERY, List.of("021"),
            TrackingStatus.FAILED_DELIVERY, List.of("022", "023", "024"),
            TrackingStatus.DELIVERED, List.of("011", "026"),
            TrackingStatus.RTO_REQUESTED, List.of("033"),
            TrackingStatus.RTO_IN_TRANSIT, List.of("035")));

    private static final CodeTable<TrackingStatus> ACTIVITY_CODES = CodeTable.of(Map.of(
            TrackingStatus.MANIFESTED, List.of("MP"),
            TrackingStatus.PICKED_UP, List.of("OR", "PU"),
            TrackingStatus.IN_TRANSIT, List.of("AR", "DP", "SR"),
            TrackingStatus.OUT_FOR_DELIVERY, List.of("OT", "OF"),
            TrackingStatus.DELIVERED, List.of("FS", "KB")));

    private static final CodeTable<TrackingStatus> TYPES = CodeTable.of(Map.of(
            TrackingStatus.MANIFESTED, List.of("M"),
            TrackingStatus.CANCELLED, List.of("MV"),
            TrackingStatus.PICKED_UP, List.of("P"),
            TrackingStatus.IN_TRANSIT, List.of("I", "U"),
            TrackingStatus.DELIVERED, List.of("D"),
            TrackingStatus.DELAYED, List.of("X"),
            TrackingStatus.RTO_IN_TRANSIT, List.of("RS")));

    /**
     * NDR reasons by the phrases of UPS's exception texts that tell them: UPS's exception codes
     * differ between its APIs and are not published as a table, its texts are stable. Each phrase
     * names one reason (the table fails at load otherwise); a text whose phrases name two different
     * reasons is not guessed at (OTHER).
     */
    private static final CodeTable<NdrReason> NDR_PHRASES = CodeTable.of(Map.of(
            NdrReason.REFUSED, List.of("refused"),
            NdrReason.CONSIGNEE_UNAVAILABLE, List.of("not available", "not home", "no one"),
            NdrReason.PREMISES_CLOSED, List.of("closed"),
            NdrReason.ADDRESS_ISSUE, List.of("address"),
            NdrReason.FUTURE_DELIVERY_REQUESTED, List.of("future delivery", "requested a delivery"),
            NdrReason.ENTRY_RESTRICTED, List.of("access", "gate"),
            NdrReason.COD_NOT_READY, List.of("c.o.d", "cod ")), code -> code.toLowerCase(Locale.ROOT));
    /** Phrases that tell of a delivery attempt without telling why it failed. */
    private static final List<String> ATTEMPT_PHRASES = List.of("attempt");

    /** A UPS event's status and, for a failed attempt, the NDR reason. */
    public record Normalized(TrackingStatus status, NdrReason ndrReason) {
    }

    private UpsStatusMap() {
    }

    /**
     * The normalized status of one UPS event.
     *
     * @param statusCode   the three-digit code (a number in Track Alert events: 21 is 021), or null
     * @param code         the two-character activity code, or null
     * @param type         the activity type, or null
     * @param description  UPS's text, read for failed attempts
     */
    public static Normalized normalize(String statusCode, String code, String type, String description) {
        TrackingStatus status = null;
        if (statusCode != null && statusCode.chars().allMatch(Character::isDigit)) {
            status = STATUS_CODES.get("0".repeat(Math.max(0, 3 - statusCode.length())) + statusCode, null);
        }
        if (status == null && code != null) {
            status = ACTIVITY_CODES.get(code, null);
        }
        if (status == null && type != null) {
            status = TYPES.get(type, null);
        }
        if (status == null) {
            return new Normalized(TrackingStatus.UNKNOWN, null);
        }
        NdrReason attempt = "X".equals(type) || status == TrackingStatus.FAILED_DELIVERY ? attemptReason(description) : null;
        if (status == TrackingStatus.FAILED_DELIVERY) {
            return new Normalized(status, attempt == null ? NdrReason.OTHER : attempt);
        }
        if (status == TrackingStatus.DELAYED && attempt != null) {
            return new Normalized(TrackingStatus.FAILED_DELIVERY, attempt);
        }
        return new Normalized(status, null);
    }

    /**
     * The NDR reason an exception's text tells: the one reason its phrases name, OTHER when they
     * name several or only tell of an attempt, null when the text does not tell of a delivery attempt.
     */
    static NdrReason attemptReason(String description) {
        if (description == null) {
            return null;
        }
        String text = description.toLowerCase(Locale.ROOT) + " ";
        Set<NdrReason> named = EnumSet.noneOf(NdrReason.class);
        NDR_PHRASES.entries().forEach((reason, phrases) -> {
            if (phrases.stream().anyMatch(text::contains)) {
                named.add(reason);
            }
        });
        if (named.size() == 1) {
            return named.iterator().next();
        }
        return !named.isEmpty() || ATTEMPT_PHRASES.stream().anyMatch(text::contains) ? NdrReason.OTHER : null;
    }

    /** The NDR phrase table as written, for the test that each phrase maps once. */
    static Map<NdrReason, List<String>> ndrPhrases() {
        return NDR_PHRASES.entries();
    }

    /** The tables as written, for tests that check each code is listed once. */
    static List<Map<TrackingStatus, List<String>>> tables() {
        return List.of(STATUS_CODES.entries(), ACTIVITY_CODES.entries(), TYPES.entries());
    }


}
