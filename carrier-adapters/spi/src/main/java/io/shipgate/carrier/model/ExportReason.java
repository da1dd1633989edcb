package io.shipgate.carrier.model;

/** Why goods leave the country, as export declarations ask it. */
public enum ExportReason {
    SALE, GIFT, SAMPLE, RETURN, REPAIR, PERSONAL_USE, OTHER
}
