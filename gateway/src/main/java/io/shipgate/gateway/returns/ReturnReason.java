package io.shipgate.gateway.returns;

/** Why the customer sends the parcel back: a closed list, so that return rules and reports can name them. */
public enum ReturnReason {
    DAMAGED, DEFECTIVE, WRONG_ITEM, WRONG_SIZE, NOT_AS_DESCRIBED, NO_LONGER_NEEDED, ARRIVED_LATE, OTHER;

    /** The reason in words, for the carrier (e.g. Delhivery's return_reason). */
    String words() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
