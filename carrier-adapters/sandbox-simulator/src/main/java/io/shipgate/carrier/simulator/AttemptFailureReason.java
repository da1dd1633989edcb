package io.shipgate.carrier.simulator;

/** Why the simulated courier could not deliver: the {@code reason_code} of a {@link TrackingCode#UND} event. */
public enum AttemptFailureReason {
    CNA("Consignee not available"),
    ADI("Address incomplete or not found"),
    REF("Refused by the consignee"),
    PCL("Premises closed"),
    FDR("Consignee asked for delivery on a later date"),
    CNR("Cash for COD not ready"),
    UNR("Consignee unreachable by phone"),
    ENR("Entry restricted");

    private final String description;

    AttemptFailureReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
