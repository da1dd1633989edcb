package io.shipgate.carrier.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the carrier answers to a label purchase.
 *
 * @param awb                   the master tracking number (air waybill)
 * @param carrierShipmentId     the carrier's own id of the shipment, when it differs from the AWB
 * @param parcelTrackingNumbers one tracking number per parcel for multi-piece shipments (may repeat the AWB)
 * @param service               the carrier service actually booked
 * @param charged               what the carrier charged, when it says
 * @param labels                the label documents
 * @param documents             documents the carrier issued with the label (e.g. its commercial invoice)
 * @param carrierPayload        the carrier's raw answer as JSON, without label or document bytes, for audit
 * @param messages              what the carrier or adapter said beside the sale, e.g. {@link CarrierMessage#LABEL_UNREADABLE}
 *                              when a label it sold could not be read (the shipment stands without it)
 */
public record ShipmentConfirmation(String awb, String carrierShipmentId, List<String> parcelTrackingNumbers,
                                   String service, Money charged, List<Label> labels, List<TradeDocument> documents,
                                   LocalDate estimatedDelivery, String carrierPayload,
                                   List<CarrierMessage> messages) {

    public ShipmentConfirmation {
        messages = messages == null ? List.of() : List.copyOf(messages);
        parcelTrackingNumbers = parcelTrackingNumbers == null ? List.of() : List.copyOf(parcelTrackingNumbers);
        labels = labels == null ? List.of() : List.copyOf(labels);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public ShipmentConfirmation(String awb, String carrierShipmentId, List<String> parcelTrackingNumbers, String service,
                                Money charged, List<Label> labels, List<TradeDocument> documents,
                                LocalDate estimatedDelivery, String carrierPayload) {
        this(awb, carrierShipmentId, parcelTrackingNumbers, service, charged, labels, documents, estimatedDelivery,
                carrierPayload, List.of());
    }
}
