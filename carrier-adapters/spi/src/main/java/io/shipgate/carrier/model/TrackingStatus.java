package io.shipgate.carrier.model;

import java.util.Arrays;

/**
 * The normalized tracking status every carrier event is mapped to. The numeric codes are stable
 * forever: merchants persist them. See docs/api.md for what each one means.
 */
public enum TrackingStatus {
    MANIFESTED(1, false),
    PICKUP_PENDING(2, false),
    OUT_FOR_PICKUP(3, false),
    PICKUP_FAILED(4, false),
    PICKED_UP(5, false),
    IN_TRANSIT(6, false),
    OUT_FOR_DELIVERY(7, false),
    FAILED_DELIVERY(8, false),
    DELIVERED(9, true),
    DELAYED(10, false),
    ON_HOLD(11, false),
    NOT_SERVICEABLE(12, false),
    CANCELLED(13, true),
    RTO_REQUESTED(14, false),
    RTO_IN_TRANSIT(15, false),
    RTO_OUT_FOR_DELIVERY(16, false),
    RTO_DELIVERED(17, true),
    RTO_FAILED(18, false),
    LOST(19, true),
    DAMAGED(20, true),
    RETURN_REQUESTED(21, false),
    RETURN_PICKED_UP(22, false),
    RETURN_IN_TRANSIT(23, false),
    RETURN_DELIVERED(24, true),
    UNKNOWN(99, false);

    private final int code;
    private final boolean terminal;

    TrackingStatus(int code, boolean terminal) {
        this.code = code;
        this.terminal = terminal;
    }

    public int code() {
        return code;
    }

    /** No further events are expected once a shipment reaches a terminal status. */
    public boolean terminal() {
        return terminal;
    }

    /**
     * Whether the carrier has (or had) the parcel: from pickup on, a shipment can no longer be
     * cancelled, only returned.
     */
    public boolean inCarrierHands() {
        return switch (this) {
            case MANIFESTED, PICKUP_PENDING, OUT_FOR_PICKUP, PICKUP_FAILED, CANCELLED, NOT_SERVICEABLE,
                 RETURN_REQUESTED, UNKNOWN -> false;
            default -> true;
        };
    }

    public static TrackingStatus ofCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tracking status with code " + code));
    }
}
