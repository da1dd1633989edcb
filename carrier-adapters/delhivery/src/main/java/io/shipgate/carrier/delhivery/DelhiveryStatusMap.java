package io.shipgate.carrier.delhivery;

import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingStatus;

import io.shipgate.carrier.spi.CodeTable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Delhivery's status model to the normalized one, in three tables, each code listed once:
 * <ol>
 *   <li>{@link #PAIRS}: the {@code StatusType/Status} pair every scan and status block carries
 *       (the forward, RTO and reverse-pickup lifecycles Delhivery publishes);</li>
 *   <li>{@link #SCAN_CODES}: forward scan codes more precise than their pair ({@code X-PPOM}
 *       "Shipment picked up" comes as {@code UD/In Transit});</li>
 *   <li>{@link #NDR_REASONS}: the NDR codes of failed delivery attempts.</li>
 * </ol>
 * A failed attempt is a {@code UD/Pending} scan with an attempt code ({@code EOD-*}): FAILED_DELIVERY
 * with the code's NDR reason (OTHER for an {@code EOD-} code not in the table). The same on the RTO
 * leg ({@code RT/Pending} with {@code EOD-*}) is RTO_FAILED. Anything else unknown is UNKNOWN; the
 * event keeps the raw code.
 */
public final class DelhiveryStatusMap {

    private static final CodeTable<TrackingStatus> PAIRS = CodeTable.of(Map.ofEntries(
            Map.entry(TrackingStatus.MANIFESTED, List.of("UD/Manifested")),
            Map.entry(TrackingStatus.PICKUP_FAILED, List.of("UD/Not Picked")),
            Map.entry(TrackingStatus.IN_TRANSIT, List.of("UD/In Transit", "UD/Pending")),
            Map.entry(TrackingStatus.OUT_FOR_DELIVERY, List.of("UD/Dispatched")),
            Map.entry(TrackingStatus.DELIVERED, List.of("DL/Delivered")),
            Map.entry(TrackingStatus.CANCELLED, List.of("UD/Cancelled", "CN/Cancelled", "CN/Canceled", "CN/Closed")),
            Map.entry(TrackingStatus.RTO_IN_TRANSIT, List.of("RT/In Transit", "RT/Pending")),
            Map.entry(TrackingStatus.RTO_OUT_FOR_DELIVERY, List.of("RT/Dispatched")),
            Map.entry(TrackingStatus.RTO_DELIVERED, List.of("RT/Delivered", "DL/RTO")),
            Map.entry(TrackingStatus.RETURN_REQUESTED, List.of("PP/Open", "PP/Scheduled")),
            Map.entry(TrackingStatus.OUT_FOR_PICKUP, List.of("PP/Dispatched")),
            Map.entry(TrackingStatus.RETURN_PICKED_UP, List.of("PU/In Transit")),
            Map.entry(TrackingStatus.RETURN_IN_TRANSIT, List.of("PU/Pending", "PU/Dispatched")),
            Map.entry(TrackingStatus.RETURN_DELIVERED, List.of("DL/DTO"))), DelhiveryStatusMap::pairKey);

    /** Forward ({@code UD}) scan codes that say more than their pair. */
    private static final CodeTable<TrackingStatus> SCAN_CODES = CodeTable.of(Map.of(
            TrackingStatus.PICKUP_PENDING, List.of("FMPUR-101"),
            TrackingStatus.PICKED_UP, List.of("X-PPOM")), DelhiveryStatusMap::codeKey);

    private static final CodeTable<NdrReason> NDR_REASONS = CodeTable.of(Map.of(
            NdrReason.REFUSED, List.of("EOD-74"),
            NdrReason.CONSIGNEE_UNAVAILABLE, List.of("EOD-15"),
            NdrReason.ENTRY_RESTRICTED, List.of("EOD-104"),
            NdrReason.ADDRESS_ISSUE, List.of("EOD-43"),
            NdrReason.OTHER, List.of("EOD-86"),
            NdrReason.PREMISES_CLOSED, List.of("EOD-11"),
            NdrReason.FUTURE_DELIVERY_REQUESTED, List.of("EOD-69"),
            NdrReason.COD_NOT_READY, List.of("EOD-6")), DelhiveryStatusMap::codeKey);

    /** Scan codes of a delivery attempt's outcome start with this. */
    private static final String ATTEMPT_CODE = "EOD-";


    private DelhiveryStatusMap() {
    }

    /**
     * The normalized status of a scan or status block.
     *
     * @param statusType {@code StatusType} / {@code ScanType}: UD, DL, RT, PP, PU, CN
     * @param status     {@code Status} / {@code Scan}: Manifested, In Transit, Pending, Dispatched...
     * @param code       {@code StatusCode} (or the push's {@code NSLCode}); may be null
     */
    public static TrackingStatus status(String statusType, String status, String code) {
        String type = statusType == null ? "" : statusType.strip().toUpperCase(Locale.ROOT);
        String pair = pairKey(type + "/" + (status == null ? "" : status));
        if (isAttempt(code) && pair.equals(pairKey("UD/Pending"))) {
            return TrackingStatus.FAILED_DELIVERY;
        }
        if (isAttempt(code) && pair.equals(pairKey("RT/Pending"))) {
            return TrackingStatus.RTO_FAILED;
        }
        if ("UD".equals(type) && SCAN_CODES.find(code).isPresent()) {
            return SCAN_CODES.find(code).get();
        }
        return PAIRS.get(pair, TrackingStatus.UNKNOWN);
    }

    /** The NDR reason of a failed attempt's code: the table's, OTHER for another attempt code, null for none. */
    public static NdrReason ndrReason(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return NDR_REASONS.get(code, NdrReason.OTHER);
    }

    private static boolean isAttempt(String code) {
        return code != null && codeKey(code).startsWith(ATTEMPT_CODE);
    }

    /** The pair table as written, for the test that each pair is listed once. */
    static Map<TrackingStatus, List<String>> pairs() {
        return PAIRS.entries();
    }

    /** The scan code table as written. */
    static Map<TrackingStatus, List<String>> scanCodes() {
        return SCAN_CODES.entries();
    }

    /** The NDR code table as written. */
    static Map<NdrReason, List<String>> ndrReasons() {
        return NDR_REASONS.entries();
    }

    /** Pairs compare case-insensitively with spaces collapsed: Delhivery writes "In Transit" and "In transit". */
    static String pairKey(String pair) {
        return pair.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String codeKey(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }


}
