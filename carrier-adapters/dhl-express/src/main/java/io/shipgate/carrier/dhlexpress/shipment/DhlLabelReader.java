package io.shipgate.carrier.dhlexpress.shipment;

import io.shipgate.carrier.dhlexpress.DhlDocuments;
import io.shipgate.carrier.model.CarrierMessage;
import io.shipgate.carrier.model.Label;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.spi.CarrierException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The documents of a label purchase DHL has already sold: the labels (typed {@code label}; when DHL
 * leaves the type out, the untyped documents in the label's format, else the first untyped one,
 * as MyDHL lists the label first) and the documents issued with them. Nothing here throws: a
 * label or document that cannot be read is left out with a message, and a purchase without a
 * usable label is answered with {@link CarrierMessage#LABEL_UNREADABLE}, so the gateway keeps the
 * AWB DHL sold.
 */
final class DhlLabelReader {

    static final String DOCUMENT_UNREADABLE = "DOCUMENT_UNREADABLE";

    /** What the answer's documents give. */
    record Documents(List<Label> labels, List<TradeDocument> documents, List<CarrierMessage> messages) {
    }

    private DhlLabelReader() {
    }

    static Documents read(List<DhlShipmentWire.Document> answered, LabelFormat asked, String awb) {
        List<DhlShipmentWire.Document> documents = answered == null ? List.of()
                : answered.stream().filter(Objects::nonNull).toList();
        List<DhlShipmentWire.Document> labelDocuments = labelDocuments(documents, asked);
        List<CarrierMessage> messages = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (DhlShipmentWire.Document document : labelDocuments) {
            LabelFormat format = labelFormat(document.imageFormat(), asked);
            try {
                if (format == null) {
                    throw new IllegalArgumentException("issued as " + document.imageFormat() + ", which was not asked for");
                }
                labels.add(new Label(format, DhlDocuments.decode(document.content(), "a label"),
                        labelDocuments.size() > 1 ? document.packageReferenceNumber() : null));
            } catch (CarrierException | IllegalArgumentException e) {
                messages.add(CarrierMessage.warning(CarrierMessage.LABEL_UNREADABLE,
                        "DHL Express sold shipment " + awb + " but a label of it cannot be read: " + e.getMessage()));
            }
        }
        if (labels.isEmpty() && messages.isEmpty()) {
            messages.add(CarrierMessage.warning(CarrierMessage.LABEL_UNREADABLE,
                    "DHL Express sold shipment " + awb + " but answered no label document"));
        }
        List<TradeDocument> trade = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            DhlShipmentWire.Document document = documents.get(i);
            if (labelDocuments.contains(document)) {
                continue;
            }
            try {
                trade.add(tradeDocument(document, awb, i));
            } catch (CarrierException e) {
                messages.add(CarrierMessage.warning(DOCUMENT_UNREADABLE,
                        "DHL Express issued a " + name(document, i) + " document with shipment " + awb + " that cannot be read"));
            }
        }
        return new Documents(List.copyOf(labels), List.copyOf(trade), List.copyOf(messages));
    }

    /** The typed labels; without any, the untyped documents in the label's format, else the first untyped one. */
    private static List<DhlShipmentWire.Document> labelDocuments(List<DhlShipmentWire.Document> documents, LabelFormat asked) {
        List<DhlShipmentWire.Document> typed = documents.stream().filter(d -> "label".equalsIgnoreCase(strip(d.typeCode()))).toList();
        if (!typed.isEmpty()) {
            return typed;
        }
        List<DhlShipmentWire.Document> untyped = documents.stream().filter(d -> strip(d.typeCode()) == null).toList();
        List<DhlShipmentWire.Document> inFormat = untyped.stream().filter(d -> labelFormat(d.imageFormat(), asked) == asked).toList();
        return !inFormat.isEmpty() ? inFormat : untyped.isEmpty() ? List.of() : List.of(untyped.getFirst());
    }

    /** The label format of a document; its absence is the format asked for; null for one no label is issued in. */
    private static LabelFormat labelFormat(String imageFormat, LabelFormat asked) {
        String format = strip(imageFormat);
        if (format == null) {
            return asked;
        }
        format = format.toUpperCase(Locale.ROOT);
        if (format.startsWith("PDF")) {
            return LabelFormat.PDF;
        }
        if (format.startsWith("ZPL")) {
            return LabelFormat.ZPL;
        }
        return format.startsWith("PNG") ? LabelFormat.PNG : null;
    }

    /** A document issued with the label: the invoice is the commercial invoice, anything else (the waybill copy) OTHER. */
    private static TradeDocument tradeDocument(DhlShipmentWire.Document document, String awb, int position) {
        String format = strip(document.imageFormat()) == null ? "PDF" : document.imageFormat().strip().toUpperCase(Locale.ROOT);
        String mediaType = switch (format) {
            case "PDF" -> "application/pdf";
            case "PNG" -> "image/png";
            case "TIFF" -> "image/tiff";
            case "ZPL", "ZPL2" -> "application/x-zpl";
            default -> "application/octet-stream";
        };
        TradeDocument.Type type = "invoice".equalsIgnoreCase(strip(document.typeCode()))
                ? TradeDocument.Type.COMMERCIAL_INVOICE : TradeDocument.Type.OTHER;
        String name = name(document, position);
        return new TradeDocument(type, name + "-" + awb + "." + format.toLowerCase(Locale.ROOT),
                mediaType, DhlDocuments.decode(document.content(), "a " + name + " document"));
    }

    private static String name(DhlShipmentWire.Document document, int position) {
        String type = strip(document.typeCode());
        return type != null ? type : "document" + (position + 1);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
