package io.shipgate.carrier.sandbox;

import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.spi.CodeTable;

import java.util.List;
import java.util.Map;

/**
 * Every sandbox tracking code by the normalized status it means, and every reason code of a failed
 * attempt ({@code UND}) by its NDR reason: one table each, each code listed once. A code not in the
 * table is UNKNOWN (the event keeps the raw code); an unknown reason is OTHER.
 */
public final class SandboxStatusMap {

    private static final CodeTable<TrackingStatus> STATUSES = CodeTable.of(Map.ofEntries(
            Map.entry(TrackingStatus.MANIFESTED, List.of("MAN")),
            Map.entry(TrackingStatus.PICKED_UP, List.of("PKD")),
            Map.entry(TrackingStatus.IN_TRANSIT, List.of("ITR")),
            Map.entry(TrackingStatus.OUT_FOR_DELIVERY, List.of("OFD")),
            Map.entry(TrackingStatus.FAILED_DELIVERY, List.of("UND")),
            Map.entry(TrackingStatus.DELIVERED, List.of("DLV")),
            Map.entry(TrackingStatus.CANCELLED, List.of("CAN")),
            Map.entry(TrackingStatus.RTO_REQUESTED, List.of("RTI")),
            Map.entry(TrackingStatus.RTO_IN_TRANSIT, List.of("RTT")),
            Map.entry(TrackingStatus.RTO_DELIVERED, List.of("RTD")),
            Map.entry(TrackingStatus.RETURN_REQUESTED, List.of("RRQ")),
            Map.entry(TrackingStatus.OUT_FOR_PICKUP, List.of("OFP")),
            Map.entry(TrackingStatus.RETURN_PICKED_UP, List.of("RPU")),
            Map.entry(TrackingStatus.RETURN_IN_TRANSIT, List.of("RIT")),
            Map.entry(TrackingStatus.RETURN_DELIVERED, List.of("RDL"))));

    private static final CodeTable<NdrReason> REASONS = CodeTable.of(Map.of(
            NdrReason.CONSIGNEE_UNAVAILABLE, List.of("CNA"),
            NdrReason.ADDRESS_ISSUE, List.of("ADI"),
            NdrReason.REFUSED, List.of("REF"),
            NdrReason.PREMISES_CLOSED, List.of("PCL"),
            NdrReason.FUTURE_DELIVERY_REQUESTED, List.of("FDR"),
            NdrReason.COD_NOT_READY, List.of("CNR"),
            NdrReason.UNREACHABLE_BY_PHONE, List.of("UNR"),
            NdrReason.ENTRY_RESTRICTED, List.of("ENR")));


    private SandboxStatusMap() {
    }

    /** The normalized status of a sandbox tracking code; UNKNOWN for a code not in the table. */
    public static TrackingStatus status(String code) {
        return STATUSES.get(code, TrackingStatus.UNKNOWN);
    }

    /** The NDR reason of a failed attempt's reason code; OTHER for a code not in the table, null for none. */
    public static NdrReason ndrReason(String reasonCode) {
        return reasonCode == null ? null : REASONS.get(reasonCode, NdrReason.OTHER);
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
