package io.shipgate.carrier.fedex.shipment;

import io.shipgate.carrier.fedex.FedExCommit;
import io.shipgate.carrier.fedex.FedExErrors;
import io.shipgate.carrier.fedex.FedExValues;
import io.shipgate.carrier.model.Label;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.spi.CarrierJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * FedEx's answer to {@code POST /ship/v1/shipments} as a {@link ShipmentConfirmation}: the master
 * tracking number is the AWB; each piece's tracking number and label (by package sequence; package
 * documents that are not labels are ignored); the documents FedEx generated
 * ({@code shipmentDocuments}: the commercial invoice...); the account's net charge; the delivery
 * date FedEx commits to. The raw answer is kept without label and document bytes.
 */
public final class FedExShipmentAnswer {

    private FedExShipmentAnswer() {
    }

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
        for (int i = 0; i < pieces.size(); i++) {
            for (FedExShipmentAnswerWire.Document document : FedExValues.list(pieces.get(i).packageDocuments())) {
                if (isLabel(document)) {
                    labels.add(label(document, i + 1));
                }
            }
        }
        return new ShipmentConfirmation(awb, null,
                pieces.stream().map(p -> FedExValues.text(p.trackingNumber())).filter(Objects::nonNull).toList(),
                FedExValues.text(shipment.serviceType()), completed == null ? null : charged(completed.shipmentRating()), labels,
                documents(shipment, completed), completed == null ? null : FedExCommit.deliveryDate(completed.operationalDetail()),
                withoutContent(body));
    }

    private static boolean isLabel(FedExShipmentAnswerWire.Document document) {
        String type = FedExValues.text(document.contentType());
        return (type == null || "LABEL".equals(type)) && FedExValues.text(document.encodedLabel()) != null;
    }

    private static Label label(FedExShipmentAnswerWire.Document document, int parcel) {
        String docType = FedExValues.text(document.docType());
        LabelFormat format = docType == null ? null : switch (docType) {
            case "PDF" -> LabelFormat.PDF;
            case "PNG" -> LabelFormat.PNG;
            case "ZPLII", "ZPL" -> LabelFormat.ZPL;
            default -> null;
        };
        if (format == null) {
            throw FedExErrors.unexpected("UNEXPECTED_LABEL_TYPE", "FedEx returned a label of type " + docType
                    + ", which Shipgate did not ask for");
        }
        return new Label(format, decode(document.encodedLabel()), parcel);
    }

    /** The documents FedEx generated (commercial invoice...): {@code shipmentDocuments}, else the completed detail's. */
    private static List<TradeDocument> documents(FedExShipmentAnswerWire.TransactionShipment shipment,
                                                 FedExShipmentAnswerWire.Completed completed) {
        List<TradeDocument> documents = FedExValues.list(shipment.shipmentDocuments()).stream()
                .map(d -> document(d.contentType(), d.docType(), d.encodedLabel(), d.trackingNumber())).filter(Objects::nonNull).toList();
        if (!documents.isEmpty() || completed == null) {
            return documents;
        }
        return FedExValues.list(completed.shipmentDocuments()).stream().map(d -> {
            FedExShipmentAnswerWire.Part part = FedExValues.first(d.parts());
            return document(d.type(), d.imageType(), part == null ? null : part.image(), null);
        }).filter(Objects::nonNull).toList();
    }

    private static TradeDocument document(String contentType, String docType, String encoded, String trackingNumber) {
        if (FedExValues.text(contentType) == null || FedExValues.text(encoded) == null) {
            return null;
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
        return new TradeDocument(type, name, png ? "image/png" : "application/pdf", decode(encoded));
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

    private static byte[] decode(String base64) {
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw FedExErrors.unexpected("UNREADABLE_DOCUMENT", "FedEx returned a label or document that is not base64", e);
        }
    }

    /** The answer without label and document bytes, for the audit payload. */
    static String withoutContent(byte[] body) {
        try {
            Object answer = CarrierJson.mapper().readValue(body, Object.class);
            strip(answer);
            return new String(CarrierJson.write(answer), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw FedExErrors.unexpected("UNPARSEABLE_RESPONSE", "FedEx answered with content that is not JSON", e);
        }
    }

    private static void strip(Object node) {
        if (node instanceof Map<?, ?> object) {
            object.remove("encodedLabel");
            object.remove("image");
            object.values().forEach(FedExShipmentAnswer::strip);
        } else if (node instanceof List<?> list) {
            list.forEach(FedExShipmentAnswer::strip);
        }
    }
}
