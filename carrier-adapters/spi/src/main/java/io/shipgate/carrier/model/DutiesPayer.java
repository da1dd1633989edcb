package io.shipgate.carrier.model;

/** Who pays import duties and taxes. */
public enum DutiesPayer {
    SENDER, RECIPIENT, THIRD_PARTY
}
