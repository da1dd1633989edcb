package io.shipgate.carrier.model;

/** Why a delivery attempt failed (the reason of a non-delivery report, NDR). A closed list. */
public enum NdrReason {
    CONSIGNEE_UNAVAILABLE, REFUSED, ADDRESS_ISSUE, PREMISES_CLOSED, FUTURE_DELIVERY_REQUESTED,
    COD_NOT_READY, UNREACHABLE_BY_PHONE, ENTRY_RESTRICTED, OTHER
}
