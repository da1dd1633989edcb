package io.shipgate.carrier.model;

import java.time.LocalDate;

/**
 * Optional services of a shipment.
 *
 * @param cod            cash on delivery: the amount the courier collects from the recipient
 * @param declaredValue  declared value for carrier liability (insurance)
 * @param signature      signature on delivery; NONE when absent
 * @param returnShipment true when this is a return label (from the customer back to the merchant)
 * @param labelFormat    the label format the merchant prints; PDF when absent
 * @param shipDate       the day the parcel is handed over; today when absent
 */
public record ShipmentOptions(Money cod, Money declaredValue, SignatureOption signature,
                              Boolean returnShipment, LabelFormat labelFormat, LocalDate shipDate) {

    public static final ShipmentOptions NONE = new ShipmentOptions(null, null, null, null, null, null);

    public ShipmentOptions {
        signature = signature == null ? SignatureOption.NONE : signature;
        returnShipment = Boolean.TRUE.equals(returnShipment);
        labelFormat = labelFormat == null ? LabelFormat.PDF : labelFormat;
    }

    /** Whether the courier collects cash on delivery. */
    public boolean hasCod() {
        return cod != null && cod.amount().signum() > 0;
    }
}
