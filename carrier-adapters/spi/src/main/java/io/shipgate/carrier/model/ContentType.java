package io.shipgate.carrier.model;

/** What a cross-border parcel contains, as customs forms ask it. */
public enum ContentType {
    MERCHANDISE, DOCUMENTS, GIFT, SAMPLE, RETURNED_GOODS, OTHER
}
