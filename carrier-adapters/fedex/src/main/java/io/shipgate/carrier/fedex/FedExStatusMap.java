package io.shipgate.carrier.fedex;

import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingStatus;

import io.shipgate.carrier.spi.CodeTable;
import java.util.Comparator;
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
 * read from FedEx's description by a table of phrases ({@link #PHRASES}), else OTHER. Some
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

    /**
     * Phrases of FedEx's exception descriptions, by reason, for an exception whose code is not in
     * {@link #REASONS}: each phrase is listed once, and the longest phrase found in a description
     * decides, so that the table's order never matters ("Customer not available or business closed"
     * is the customer's absence, not the business's hours).
     */
    private static final CodeTable<NdrReason> PHRASES = CodeTable.of(Map.of(
            NdrReason.REFUSED, List.of("refused", "refusal"),
            NdrReason.ADDRESS_ISSUE, List.of("incorrect address", "address incorrect", "insufficient address", "incomplete address",
                    "invalid address", "wrong address", "address correction", "unable to locate"),
            NdrReason.CONSIGNEE_UNAVAILABLE, List.of("customer not available", "recipient not available", "not available",
                    "customer not in", "recipient not in", "no one home"),
            NdrReason.PREMISES_CLOSED, List.of("business closed", "premises closed", "location closed", "closed for"),
            NdrReason.FUTURE_DELIVERY_REQUESTED, List.of("future delivery", "delivery date", "delivery on a different date"),
            NdrReason.ENTRY_RESTRICTED, List.of("no access", "unable to access", "access restricted", "restricted access",
                    "access denied", "gate code"),
            NdrReason.UNREACHABLE_BY_PHONE, List.of("phone"),
            NdrReason.COD_NOT_READY, List.of("payment")), phrase -> phrase.strip().toLowerCase(Locale.ROOT));

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
        if (description == null) {
            return NdrReason.OTHER;
        }
        String text = description.toLowerCase(Locale.ROOT);
        return PHRASES.entries().values().stream().flatMap(List::stream).filter(text::contains)
                .max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()))
                .flatMap(PHRASES::find).orElse(NdrReason.OTHER);
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

    static Map<NdrReason, List<String>> phrases() {
        return PHRASES.entries();
    }

}
