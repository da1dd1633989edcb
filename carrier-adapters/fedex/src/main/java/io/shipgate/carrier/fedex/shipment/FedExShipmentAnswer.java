package io.shipgate.carrier.fedex.shipment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.fedex.FedExCarrier;
import io.shipgate.carrier.fedex.FedExJson;
import io.shipgate.carrier.fedex.FedExTime;
import io.shipgate.carrier.model.Label;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

    public static ShipmentConfirmation parse(JsonNode answer) {
        JsonNode shipment = answer.path("output").path("transactionShipments").path(0);
        if (shipment.isMissingNode()) {
            throw new CarrierException(CarrierErrorCategory.UNKNOWN, FedExCarrier.CODE, "NO_SHIPMENT",
                    "FedEx's answer holds no transaction shipment", false);
        }
        JsonNode completed = shipment.path("completedShipmentDetail");
        List<JsonNode> pieces = FedExJson.each(shipment, "pieceResponses", p -> p).stream()
                .sorted(Comparator.comparingInt(p -> p.path("packageSequenceNumber").asInt(Integer.MAX_VALUE))).toList();
        String awb = FedExJson.text(shipment, "masterTrackingNumber");
        if (awb == null) {
            awb = FedExJson.text(completed.path("masterTrackingId"), "trackingNumber");
        }
        if (awb == null && !pieces.isEmpty()) {
            awb = FedExJson.text(pieces.getFirst(), "trackingNumber");
        }
        if (awb == null) {
            throw new CarrierException(CarrierErrorCategory.UNKNOWN, FedExCarrier.CODE, "NO_TRACKING_NUMBER",
                    "FedEx's answer holds no tracking number", false);
        }
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            int parcel = i + 1;
            FedExJson.each(pieces.get(i), "packageDocuments", document -> isLabel(document) ? label(document, parcel) : null)
                    .forEach(labels::add);
        }
        return new ShipmentConfirmation(awb, null, pieces.stream().map(p -> FedExJson.text(p, "trackingNumber")).filter(Objects::nonNull).toList(),
                FedExJson.text(shipment, "serviceType"), charged(completed.path("shipmentRating")), labels, documents(shipment, completed),
                deliveryDate(completed.path("operationalDetail")), new String(FedExJson.write(withoutContent(answer)), StandardCharsets.UTF_8));
    }

    private static boolean isLabel(JsonNode document) {
        String type = FedExJson.text(document, "contentType");
        return (type == null || "LABEL".equals(type)) && FedExJson.text(document, "encodedLabel") != null;
    }

    private static Label label(JsonNode document, int parcel) {
        String docType = FedExJson.text(document, "docType");
        LabelFormat format = docType == null ? null : switch (docType) {
            case "PDF" -> LabelFormat.PDF;
            case "PNG" -> LabelFormat.PNG;
            case "ZPLII", "ZPL" -> LabelFormat.ZPL;
            default -> null;
        };
        if (format == null) {
            throw new CarrierException(CarrierErrorCategory.UNKNOWN, FedExCarrier.CODE, "UNEXPECTED_LABEL_TYPE",
                    "FedEx returned a label of type " + docType + ", which Shipgate did not ask for", false);
        }
        return new Label(format, decode(FedExJson.text(document, "encodedLabel")), parcel);
    }

    /** The documents FedEx generated (commercial invoice...): {@code shipmentDocuments}, else the completed detail's. */
    private static List<TradeDocument> documents(JsonNode shipment, JsonNode completed) {
        List<TradeDocument> documents = FedExJson.each(shipment, "shipmentDocuments", d -> document(
                FedExJson.text(d, "contentType"), FedExJson.text(d, "docType"), FedExJson.text(d, "encodedLabel"),
                FedExJson.text(d, "trackingNumber")));
        if (!documents.isEmpty()) {
            return documents;
        }
        return FedExJson.each(completed, "shipmentDocuments", d -> document(FedExJson.text(d, "type"), FedExJson.text(d, "imageType"),
                FedExJson.text(d.path("parts").path(0), "image"), null));
    }

    private static TradeDocument document(String contentType, String docType, String encoded, String trackingNumber) {
        if (contentType == null || encoded == null) {
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
        String name = contentType.toLowerCase(Locale.ROOT).replace('_', '-') + (trackingNumber == null ? "" : "-" + trackingNumber)
                + (png ? ".png" : ".pdf");
        return new TradeDocument(type, name, png ? "image/png" : "application/pdf", decode(encoded));
    }

    /** The account's net charge: the rate FedEx says it applied ({@code actualRateType}), else the payor's account rate, else the first. */
    private static Money charged(JsonNode rating) {
        List<JsonNode> details = FedExJson.each(rating, "shipmentRateDetails", d -> d);
        String actual = FedExJson.text(rating, "actualRateType");
        JsonNode chosen = details.stream().filter(d -> actual != null && actual.equals(FedExJson.text(d, "rateType"))).findFirst()
                .or(() -> details.stream().filter(d -> "PAYOR_ACCOUNT_SHIPMENT".equals(FedExJson.text(d, "rateType"))).findFirst())
                .orElse(details.isEmpty() ? null : details.getFirst());
        if (chosen == null) {
            return null;
        }
        BigDecimal amount = FedExJson.decimal(chosen, "totalNetCharge");
        String currency = FedExJson.text(chosen, "currency");
        return amount == null || currency == null ? null : new Money(amount, currency);
    }

    private static LocalDate deliveryDate(JsonNode operational) {
        LocalDate date = FedExTime.date(FedExJson.text(operational, "deliveryDate"));
        return date != null ? date : FedExTime.date(FedExJson.text(operational, "commitDate"));
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new CarrierException(CarrierErrorCategory.UNKNOWN, FedExCarrier.CODE, "UNREADABLE_DOCUMENT",
                    "FedEx returned a label or document that is not base64", false, null, null, e);
        }
    }

    /** The answer without label and document bytes, for the audit payload. */
    static JsonNode withoutContent(JsonNode answer) {
        JsonNode copy = answer.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("encodedLabel", "image"));
            object.forEach(FedExShipmentAnswer::strip);
        } else if (node.isArray()) {
            node.forEach(FedExShipmentAnswer::strip);
        }
    }
}
