package io.shipgate.carrier.dhlexpress;

import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingStatus;

import io.shipgate.carrier.spi.CodeTable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every DHL Express checkpoint code (a tracking event's {@code typeCode}) by the normalized status
 * it means, and every failed-attempt code by its NDR reason: one table each, each code listed
 * once. The codes are DHL Express's published checkpoint list (the ones MyDHL's examples use and
 * the rest of the list); a code not in the table is UNKNOWN and the event keeps it.
 *
 * <p>Judgement calls, written down: SA (shipment accepted at a DHL facility) is PICKED_UP; PD
 * (partial delivery) is IN_TRANSIT, more pieces are coming; DD (delivered damaged) is DAMAGED;
 * DS (destroyed or disposed of) is LOST, the goods will not arrive; CS (closed shipment, closed
 * without being shipped) is CANCELLED; clearance delays and holds are ON_HOLD; miscodes and
 * mis-sorts DELAYED. RT starts the return to the shipper; the tracking mapper reads the events
 * after it as the return's ({@link #whileReturning}).
 */
public final class DhlStatusMap {

    private static final CodeTable<TrackingStatus> STATUSES = CodeTable.of(Map.ofEntries(
            Map.entry(TrackingStatus.PICKED_UP, List.of("PU", "SA")),
            Map.entry(TrackingStatus.IN_TRANSIT, List.of("PL", "DF", "AF", "AR", "TR", "RR", "IC", "CR", "BN", "BR", "FD",
                    "TP", "SC", "AD", "PD")),
            Map.entry(TrackingStatus.OUT_FOR_DELIVERY, List.of("WC")),
            Map.entry(TrackingStatus.FAILED_DELIVERY, List.of("NH", "BA", "RD", "CA", "CM", "MD", "ND")),
            Map.entry(TrackingStatus.DELIVERED, List.of("OK")),
            Map.entry(TrackingStatus.ON_HOLD, List.of("OH", "HP", "CC", "CD", "UD", "SS")),
            Map.entry(TrackingStatus.DELAYED, List.of("MC", "MS")),
            Map.entry(TrackingStatus.RTO_IN_TRANSIT, List.of("RT")),
            Map.entry(TrackingStatus.DAMAGED, List.of("DD")),
            Map.entry(TrackingStatus.LOST, List.of("DS")),
            Map.entry(TrackingStatus.CANCELLED, List.of("CS"))), DhlStatusMap::normalized);

    private static final CodeTable<NdrReason> REASONS = CodeTable.of(Map.of(
            NdrReason.CONSIGNEE_UNAVAILABLE, List.of("NH"),
            NdrReason.ADDRESS_ISSUE, List.of("BA", "CM"),
            NdrReason.REFUSED, List.of("RD"),
            NdrReason.PREMISES_CLOSED, List.of("CA"),
            NdrReason.OTHER, List.of("MD", "ND")), DhlStatusMap::normalized);


    private DhlStatusMap() {
    }

    /** The normalized status of a DHL checkpoint code; UNKNOWN for a code not in the table. */
    public static TrackingStatus status(String code) {
        return STATUSES.get(code, TrackingStatus.UNKNOWN);
    }

    /** The NDR reason of a failed attempt's code; null for a code that is not a failed attempt. */
    public static NdrReason ndrReason(String code) {
        return status(code) == TrackingStatus.FAILED_DELIVERY ? REASONS.get(code, NdrReason.OTHER) : null;
    }

    private static String normalized(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * A status once the shipment is on its way back to the shipper (after an RT checkpoint): out for
     * delivery and delivery are the return's, a failed delivery is the return's failure, the rest
     * of the way is the return in transit.
     */
    public static TrackingStatus whileReturning(TrackingStatus status) {
        return switch (status) {
            case OUT_FOR_DELIVERY -> TrackingStatus.RTO_OUT_FOR_DELIVERY;
            case DELIVERED -> TrackingStatus.RTO_DELIVERED;
            case FAILED_DELIVERY -> TrackingStatus.RTO_FAILED;
            case PICKED_UP, IN_TRANSIT -> TrackingStatus.RTO_IN_TRANSIT;
            default -> status;
        };
    }

    /** The status table as written, for tests that check each code is listed once. */
    static Map<TrackingStatus, List<String>> statuses() {
        return STATUSES.entries();
    }

    /** The reason table as written. */
    static Map<NdrReason, List<String>> reasons() {
        return REASONS.entries();
    }


}
