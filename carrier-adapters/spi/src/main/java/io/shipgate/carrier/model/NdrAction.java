package io.shipgate.carrier.model;

/** What the merchant asks the carrier to do after a failed delivery attempt. */
public enum NdrAction {
    REATTEMPT, RESCHEDULE, CHANGE_ADDRESS, CHANGE_PHONE, RETURN_TO_ORIGIN
}
