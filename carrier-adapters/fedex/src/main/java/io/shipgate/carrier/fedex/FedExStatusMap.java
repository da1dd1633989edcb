package io.shipgate.carrier.fedex;

import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingStatus;

import io.shipgate.carrier.spi.CodeTable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * FedEx Track API status codes (scan events' {@code eventType} and {@code derivedStatusCode},
 * {@code latestStatusDetail.code}) by the normalized status they mean, and the exception codes of a
 * delivery exception ({@code DE}) by NDR reason: one table each, each code listed once. A status
 * code not in the table is UNKNOWN (the event keeps the raw code).
 *
 * <p>A delivery exception's reason comes from its exception code (a scan event's
 * {@code exceptionCode}, the latest status's {@code ancillaryDetails.reason}); an unknown code is
 * read from FedEx's description ("refused", "address", "not available"...), else OTHER. Some
 * exception codes are notes that explain no failed attempt ({@code A25} "Package available for
 * clearance" on a pickup scan): they are listed as {@link #INFORMATIONAL} and give no reason.
 */
public final class FedExStatusMap {

    private static final CodeTable<TrackingStatus> STATUSES = CodeTable.of(Map.ofEntries(
            Map.entry(TrackingStatus.MANIFESTED, List.of("OC")),
            Map.entry(TrackingStatus.OUT_FOR_PICKUP, List.of("EP", "DS", "AP")),
            Map.entry(TrackingStatus.PICKED_UP, List.of("PU", "PX")),
            Map.entry(TrackingStatus.IN_TRANSIT, List.of("IT", "IX", "AR", "DP", "AF", "OF", "FD", "SF", "LO", "PF", "PL", "TR",
                    "AA", "AC", "AX", "EO", "OX", "CC", "CP", "EA", "CH", "SP", "PM", "RR", "RM", "RC")),
            Map.entry(TrackingStatus.OUT_FOR_DELIVERY, List.of("OD", "ED", "AD")),
            Map.entry(TrackingStatus.FAILED_DELIVERY, List.of("DE")),
            Map.entry(TrackingStatus.DELIVERED, List.of("DL")),
            Map.entry(TrackingStatus.DELAYED, List.of("SE", "DY", "DD", "PD")),
            Map.entry(TrackingStatus.ON_HOLD, List.of("HL", "HP", "CD")),
            Map.entry(TrackingStatus.CANCELLED, List.of("CA", "LP")),
            Map.entry(TrackingStatus.RTO_IN_TRANSIT, List.of("RS")),
            Map.entry(TrackingStatus.RETURN_REQUESTED, List.of("RP"))));

    /** Delivery exception codes FedEx documents, by reason ({@code 15} as in the Track API's own example). */
    private static final CodeTable<NdrReason> REASONS = CodeTable.of(Map.of(
            NdrReason.ADDRESS_ISSUE, List.of("03"),
            NdrReason.REFUSED, List.of("07"),
            NdrReason.CONSIGNEE_UNAVAILABLE, List.of("08", "007", "15"),
            NdrReason.FUTURE_DELIVERY_REQUESTED, List.of("17"),
            NdrReason.ENTRY_RESTRICTED, List.of("083")));

    /** Exception codes that are notes, not the reason of a failed attempt. */
    static final Set<String> INFORMATIONAL = Set.of("A25");

    /** Words of FedEx's exception descriptions, by reason, in the order they are tried. */
    private static final List<Map.Entry<String, NdrReason>> DESCRIPTIONS = List.of(
            Map.entry("refused", NdrReason.REFUSED),
            Map.entry("address", NdrReason.ADDRESS_ISSUE),
            Map.entry("not available", NdrReason.CONSIGNEE_UNAVAILABLE),
            Map.entry("not in", NdrReason.CONSIGNEE_UNAVAILABLE),
            Map.entry("closed", NdrReason.PREMISES_CLOSED),
            Map.entry("delivery date", NdrReason.FUTURE_DELIVERY_REQUESTED),
            Map.entry("future delivery", NdrReason.FUTURE_DELIVERY_REQUESTED),
            Map.entry("access", NdrReason.ENTRY_RESTRICTED),
            Map.entry("phone", NdrReason.UNREACHABLE_BY_PHONE),
            Map.entry("payment", NdrReason.COD_NOT_READY));


    private FedExStatusMap() {
    }

    /** The normalized status of a FedEx code; UNKNOWN for null or a code not in the table. */
    public static TrackingStatus status(String code) {
        return STATUSES.get(code, TrackingStatus.UNKNOWN);
    }

    /** The status of a scan: its detailed {@code eventType}, else FedEx's coarser {@code derivedStatusCode}. */
    public static TrackingStatus status(String eventType, String derivedStatusCode) {
        TrackingStatus status = status(eventType);
        return status == TrackingStatus.UNKNOWN ? status(derivedStatusCode) : status;
    }

    /** Why a delivery attempt failed, from FedEx's exception code, else its description; OTHER when neither tells. */
    public static NdrReason ndrReason(String exceptionCode, String description) {
        if (REASONS.find(exceptionCode).isPresent()) {
            return REASONS.find(exceptionCode).get();
        }
        if (description != null) {
            String text = description.toLowerCase(Locale.ROOT);
            for (Map.Entry<String, NdrReason> word : DESCRIPTIONS) {
                if (text.contains(word.getKey())) {
                    return word.getValue();
                }
            }
        }
        return NdrReason.OTHER;
    }

    /** Whether an exception code explains a failed attempt (rather than being a note such as A25). */
    public static boolean explainsFailure(String exceptionCode) {
        return exceptionCode != null && !INFORMATIONAL.contains(exceptionCode);
    }

    static Map<TrackingStatus, List<String>> statuses() {
        return STATUSES.entries();
    }

    static Map<NdrReason, List<String>> reasons() {
        return REASONS.entries();
    }

}
