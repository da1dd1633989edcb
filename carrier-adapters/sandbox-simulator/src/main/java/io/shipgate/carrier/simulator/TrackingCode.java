package io.shipgate.carrier.simulator;

/** The simulated carrier's tracking status codes, as its tracking answers and webhooks send them. */
public enum TrackingCode {
    MAN("Shipment manifested, label created"),
    PKD("Picked up"),
    ITR("In transit"),
    OFD("Out for delivery"),
    UND("Delivery attempt failed"),
    DLV("Delivered"),
    CAN("Cancelled by the shipper"),
    RTI("Return to origin initiated"),
    RTT("Return to origin in transit"),
    RTD("Returned to origin"),
    RRQ("Return requested, awaiting pickup"),
    OFP("Out for pickup"),
    RPU("Return picked up from the customer"),
    RIT("Return in transit"),
    RDL("Return delivered to the warehouse");

    private final String description;

    TrackingCode(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
