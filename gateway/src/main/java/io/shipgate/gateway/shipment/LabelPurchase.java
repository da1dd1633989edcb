package io.shipgate.gateway.shipment;

/**
 * The Bean Validation group of what buying a label needs on top of the default group, which a
 * rate quote needs too: full addresses (name, street, city) besides country and postal code.
 */
public interface LabelPurchase {
}
