package io.shipgate.carrier.model;

/** The universal service levels that carrier services map to, fastest first. */
public enum ServiceLevel {
    SAME_DAY, OVERNIGHT, EXPRESS, STANDARD, ECONOMY
}
