package io.shipgate.carrier.simulator.label;

import java.time.LocalDate;
import java.util.List;

/**
 * What one parcel's label shows. Addresses come as ready-made lines; the layout decides where
 * they go and how large.
 *
 * @param fromLines      the shipper: name, company, street lines, city line, country
 * @param toName         the recipient's name, printed largest
 * @param toLines        the rest of the recipient's address
 * @param weight         the parcel's weight as printed, e.g. {@code 1.81 KG}
 * @param cod            the amount to collect as printed, e.g. {@code USD 14.99}; null without cash on delivery
 * @param awb            the shipment's air waybill, printed as a Code 128 barcode
 * @param trackingNumber this parcel's own tracking number (the AWB for the first parcel)
 */
public record LabelContent(String carrierName, String serviceName, List<String> fromLines, String toName,
                           List<String> toLines, String weight, int parcelNumber, int parcelCount, String reference,
                           LocalDate shipDate, String cod, boolean returnShipment, String awb, String trackingNumber) {

    public LabelContent {
        fromLines = List.copyOf(fromLines);
        toLines = List.copyOf(toLines);
    }
}
