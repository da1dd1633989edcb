package io.shipgate.carrier.model;

/** Whether, and whose, signature the carrier must collect on delivery. */
public enum SignatureOption {
    NONE, STANDARD, ADULT
}
