package io.shipgate.carrier.fedex.shipment;

import io.shipgate.carrier.fedex.FedExCommit;
import io.shipgate.carrier.fedex.FedExErrors;
import io.shipgate.carrier.fedex.FedExValues;
import io.shipgate.carrier.model.CarrierMessage;
import io.shipgate.carrier.model.Label;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.spi.CarrierJson;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * FedEx's answer to {@code POST /ship/v1/shipments} as a {@link ShipmentConfirmation}: the master
 * tracking number is the AWB; each piece's tracking number and label (by package sequence; package
 * documents that are not labels are ignored); the documents FedEx generated
 * ({@code shipmentDocuments}: the commercial invoice...); the account's net charge; the delivery
 * date FedEx commits to. The raw answer is kept without label and document bytes. Once FedEx has sold
 * the label, nothing it sends makes the purchase fail: a label without type is taken by its bytes,
 * and a label or document that cannot be decoded (or whose bytes are no label) is left out with a warning
 * ({@link CarrierMessage#LABEL_UNREADABLE}, {@link #DOCUMENT_UNREADABLE}).
 */
public final class FedExShipmentAnswer {

    /** Label and document bytes, stored apart, not in the payload. */
    private static final Set<String> CONTENT = Set.of("encodedLabel", "image");

    /** A generated document FedEx sent but Shipgate could not read: the shipment stands, the answer says so. */
    public static final String DOCUMENT_UNREADABLE = "DOCUMENT_UNREADABLE";
    private FedExShipmentAnswer() {
    }

    /** The PNG signature, to tell a label's format when FedEx does not say it (PDF and ZPL by their text). */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    public static ShipmentConfirmation parse(byte[] body) {
        FedExShipmentAnswerWire.Output output = FedExErrors.read(body, FedExShipmentAnswerWire.Response.class).output();
        FedExShipmentAnswerWire.TransactionShipment shipment = output == null ? null : FedExValues.first(output.transactionShipments());
        if (shipment == null) {
            throw FedExErrors.unexpected("NO_SHIPMENT", "FedEx's answer holds no transaction shipment");
        }
        FedExShipmentAnswerWire.Completed completed = shipment.completedShipmentDetail();
        List<FedExShipmentAnswerWire.Piece> pieces = FedExValues.list(shipment.pieceResponses()).stream()
                .sorted(Comparator.comparingInt(p -> p.packageSequenceNumber() == null ? Integer.MAX_VALUE : p.packageSequenceNumber()))
                .toList();
        String awb = FedExValues.firstText(shipment.masterTrackingNumber(),
                completed == null || completed.masterTrackingId() == null ? null : completed.masterTrackingId().trackingNumber(),
                pieces.isEmpty() ? null : pieces.getFirst().trackingNumber());
        if (awb == null) {
            throw FedExErrors.unexpected("NO_TRACKING_NUMBER", "FedEx's answer holds no tracking number");
        }
        List<Label> labels = new ArrayList<>();
        List<CarrierMessage> messages = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            for (FedExShipmentAnswerWire.Document document : FedExValues.list(pieces.get(i).packageDocuments())) {
                if (isLabel(document)) {
                    Label label = label(document, i + 1);
                    if (label != null) {
                        labels.add(label);
                    } else {
                        messages.add(CarrierMessage.warning(CarrierMessage.LABEL_UNREADABLE, "FedEx sold the label of parcel " + (i + 1)
                                + " (" + FedExValues.firstText(pieces.get(i).trackingNumber(), awb) + ") but it could not be read"));
                    }
                }
            }
        }
        List<TradeDocument> documents = documents(shipment, completed);
        if (documents.contains(null)) {
            messages.add(CarrierMessage.warning(DOCUMENT_UNREADABLE, "FedEx generated a document that could not be read"));
        }
        return new ShipmentConfirmation(awb, null,
                pieces.stream().map(p -> FedExValues.text(p.trackingNumber())).filter(Objects::nonNull).toList(),
                FedExValues.text(shipment.serviceType()), completed == null ? null : charged(completed.shipmentRating()), labels,
                documents.stream().filter(Objects::nonNull).toList(),
                completed == null ? null : FedExCommit.deliveryDate(completed.operationalDetail()), withoutContent(body), messages);
    }

    private static boolean isLabel(FedExShipmentAnswerWire.Document document) {
        String type = FedExValues.text(document.contentType());
        return (type == null || "LABEL".equals(type)) && FedExValues.text(document.encodedLabel()) != null;
    }

    /**
     * The label of a piece in FedEx's {@code docType}, else the format its bytes are in; null when its
     * content is not base64 or no label at all (the label was sold: the shipment stands without it).
     */
    private static Label label(FedExShipmentAnswerWire.Document document, int parcel) {
        byte[] content = decode(document.encodedLabel());
        if (content == null || content.length == 0) {
            return null;
        }
        String docType = FedExValues.text(document.docType());
        LabelFormat format = docType == null ? null : switch (docType) {
            case "PDF" -> LabelFormat.PDF;
            case "PNG" -> LabelFormat.PNG;
            case "ZPLII", "ZPL" -> LabelFormat.ZPL;
            default -> null;
        };
        LabelFormat sniffed = sniff(content);
        if (sniffed == null) {
            return null; // bytes that are no label (a test environment's placeholder...)
        }
        return new Label(format != null ? format : sniffed, content, parcel);
    }

    /** The format the label's bytes are in: a PDF header, the PNG signature or a ZPL format start near the beginning; null for none. */
    private static LabelFormat sniff(byte[] content) {
        if (content.length >= PNG.length && Arrays.equals(content, 0, PNG.length, PNG, 0, PNG.length)) {
            return LabelFormat.PNG;
        }
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF") ? LabelFormat.PDF : head.contains("^XA") ? LabelFormat.ZPL : null;
    }

    /**
     * The documents FedEx generated (commercial invoice...): {@code shipmentDocuments}, else the
     * completed detail's; an entry without content is skipped, one whose content is not base64 is a
     * null element (the caller warns and leaves it out).
     */
    private static List<TradeDocument> documents(FedExShipmentAnswerWire.TransactionShipment shipment,
                                                 FedExShipmentAnswerWire.Completed completed) {
        List<TradeDocument> documents = new ArrayList<>();
        for (FedExShipmentAnswerWire.Document d : FedExValues.list(shipment.shipmentDocuments())) {
            add(documents, d.contentType(), d.docType(), d.encodedLabel(), d.trackingNumber());
        }
        if (documents.isEmpty() && completed != null) {
            for (FedExShipmentAnswerWire.CompletedDocument d : FedExValues.list(completed.shipmentDocuments())) {
                FedExShipmentAnswerWire.Part part = FedExValues.first(d.parts());
                add(documents, d.type(), d.imageType(), part == null ? null : part.image(), null);
            }
        }
        return documents;
    }

    private static void add(List<TradeDocument> documents, String contentType, String docType, String encoded, String trackingNumber) {
        if (FedExValues.text(contentType) == null || FedExValues.text(encoded) == null) {
            return;
        }
        byte[] content = decode(encoded);
        if (content == null) {
            documents.add(null);
            return;
        }
        TradeDocument.Type type = switch (contentType) {
            case "COMMERCIAL_INVOICE" -> TradeDocument.Type.COMMERCIAL_INVOICE;
            case "PRO_FORMA_INVOICE" -> TradeDocument.Type.PRO_FORMA_INVOICE;
            case "CERTIFICATE_OF_ORIGIN" -> TradeDocument.Type.CERTIFICATE_OF_ORIGIN;
            case "USMCA_CERTIFICATION_OF_ORIGIN", "USMCA_COMMERCIAL_INVOICE_CERTIFICATION_OF_ORIGIN" -> TradeDocument.Type.USMCA_CERTIFICATION;
            default -> TradeDocument.Type.OTHER;
        };
        boolean png = "PNG".equals(docType);
        String name = contentType.toLowerCase(Locale.ROOT).replace('_', '-') + (FedExValues.text(trackingNumber) == null ? "" : "-" + trackingNumber)
                + (png ? ".png" : ".pdf");
        documents.add(new TradeDocument(type, name, png ? "image/png" : "application/pdf", content));
    }

    /** The account's net charge: the rate FedEx says it applied ({@code actualRateType}), else the payor's account rate, else the first. */
    private static Money charged(FedExShipmentAnswerWire.Rating rating) {
        if (rating == null) {
            return null;
        }
        List<FedExShipmentAnswerWire.RateDetail> details = FedExValues.list(rating.shipmentRateDetails());
        String actual = FedExValues.text(rating.actualRateType());
        FedExShipmentAnswerWire.RateDetail chosen = details.stream().filter(d -> actual != null && actual.equals(d.rateType())).findFirst()
                .or(() -> details.stream().filter(d -> "PAYOR_ACCOUNT_SHIPMENT".equals(d.rateType())).findFirst())
                .orElse(details.isEmpty() ? null : details.getFirst());
        if (chosen == null || chosen.totalNetCharge() == null || FedExValues.text(chosen.currency()) == null) {
            return null;
        }
        return new Money(chosen.totalNetCharge(), chosen.currency().strip());
    }

    /** The bytes of FedEx's base64; null when it is not base64 (a test environment's placeholder...). */
    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The answer without label and document bytes, for the audit payload. */
    static String withoutContent(byte[] body) {
        String payload = CarrierJson.withoutFields(body, CONTENT);
        if (payload == null) {
            throw FedExErrors.unexpected("UNPARSEABLE_RESPONSE", "FedEx answered with content that is not JSON", null);
        }
        return payload;
    }
}
