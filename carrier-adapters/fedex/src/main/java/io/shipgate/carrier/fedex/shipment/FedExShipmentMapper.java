package io.shipgate.carrier.fedex.shipment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.fedex.FedExCarrier;
import io.shipgate.carrier.fedex.FedExCustoms;
import io.shipgate.carrier.fedex.FedExJson;
import io.shipgate.carrier.fedex.FedExServices;
import io.shipgate.carrier.fedex.FedExSettings;
import io.shipgate.carrier.fedex.FedExTime;
import io.shipgate.carrier.fedex.FedExWire;
import io.shipgate.carrier.fedex.documents.EtdDocument;
import io.shipgate.carrier.fedex.documents.FedExEtdMapper;
import io.shipgate.carrier.fedex.rate.FedExRateMapper;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.Label;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.SignatureOption;
import io.shipgate.carrier.model.TaxId;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.model.Weight;
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

/**
 * {@code POST /ship/v1/shipments}: a shipment (or return) to FedEx's request, and FedEx's answer
 * to a {@link ShipmentConfirmation}.
 *
 * <p>Request: the account pays ({@code SENDER}); the label comes inline ({@code LABEL}) in the
 * merchant's format: PDF or PNG on 4x6 paper stock, ZPL II on 4x6 thermal stock; one package line
 * per parcel (multi-piece) with weight and dimensions in the origin's units, the declared value
 * split over the packages, the signature option and the merchant's reference. Cash on delivery is
 * FedEx's shipment-level COD. A cross-border shipment carries its {@code customsClearanceDetail}
 * and the parties' tax ids, and asks FedEx to generate the commercial invoice; when the declaration
 * is paperless, the shipment is an Electronic Trade Documents shipment: the merchant's uploaded
 * documents are attached by id, and FedEx submits its own commercial invoice electronically when
 * none of them is an invoice.
 *
 * <p>Answer: the master tracking number is the AWB, each piece's tracking number and label (by
 * package sequence), the documents FedEx generated ({@code shipmentDocuments}), the account's net
 * charge and the delivery date FedEx commits to. The raw answer is kept without label and
 * document bytes.
 */
public final class FedExShipmentMapper {

    private FedExShipmentMapper() {
    }

    public static ObjectNode request(FedExShipment shipment, FedExSettings settings, LocalDate shipDate, List<EtdDocument> uploaded) {
        FedExWire.Units units = FedExWire.Units.of(shipment.shipper().country());
        CustomsDeclaration customs = shipment.crossesBorder() ? shipment.customs() : null;
        ObjectNode body = FedExJson.object();
        body.put("labelResponseOptions", "LABEL");
        ObjectNode requested = body.putObject("requestedShipment");
        requested.put("shipDatestamp", shipDate.toString());
        requested.put("pickupType", settings.pickupType());
        requested.put("serviceType", shipment.service() != null ? shipment.service()
                : FedExServices.serviceFor(shipment.serviceLevel(), shipment.crossesBorder(), shipment.recipient().residentialOrFalse()));
        requested.put("packagingType", "YOUR_PACKAGING");
        requested.set("shipper", party(shipment.shipper(), customs, List.of(TaxId.Party.SHIPPER)));
        requested.putArray("recipients").add(party(shipment.recipient(), customs, List.of(TaxId.Party.RECIPIENT, TaxId.Party.IMPORTER)));
        ObjectNode payment = requested.putObject("shippingChargesPayment").put("paymentType", "SENDER");
        payment.putObject("payor").putObject("responsibleParty").set("accountNumber", FedExWire.account(settings));
        requested.set("labelSpecification", labelSpecification(shipment.options().labelFormat()));
        requested.putArray("rateRequestType").add("ACCOUNT");
        requested.put("totalPackageCount", shipment.parcels().size());
        requested.put("totalWeight", FedExWire.weightValue(shipment.parcels().stream().map(Parcel::weight).reduce(Weight::plus).orElseThrow(),
                units.weight()));
        requested.set("requestedPackageLineItems", packages(shipment, units));
        ObjectNode services = specialServices(shipment, customs, uploaded);
        if (!services.isEmpty()) {
            requested.set("shipmentSpecialServices", services);
        }
        if (customs != null) {
            requested.set("customsClearanceDetail", FedExCustoms.forShipment(customs, settings, units.weight()));
            if (!customs.paperless() || uploaded.stream().noneMatch(FedExShipmentMapper::isInvoice)) {
                ObjectNode documents = requested.putObject("shippingDocumentSpecification");
                documents.putArray("shippingDocumentTypes").add("COMMERCIAL_INVOICE");
                documents.putObject("commercialInvoiceDetail").putObject("documentFormat")
                        .put("docType", "PDF").put("stockType", "PAPER_LETTER");
            }
        }
        body.set("accountNumber", FedExWire.account(settings));
        body.put("shipAction", "CONFIRM");
        return body;
    }

    private static ObjectNode party(Address address, CustomsDeclaration customs, List<TaxId.Party> parties) {
        ObjectNode party = FedExWire.party(address);
        if (customs != null) {
            ArrayNode tins = FedExCustoms.tins(customs, parties);
            if (!tins.isEmpty()) {
                party.set("tins", tins);
            }
        }
        return party;
    }

    /** FedEx's label image type and stock for a universal format. */
    static ObjectNode labelSpecification(LabelFormat format) {
        return FedExJson.object()
                .put("labelFormatType", "COMMON2D")
                .put("labelStockType", format == LabelFormat.ZPL ? "STOCK_4X6" : "PAPER_4X6")
                .put("imageType", switch (format) {
                    case PDF -> "PDF";
                    case PNG -> "PNG";
                    case ZPL -> "ZPLII";
                });
    }

    private static ArrayNode packages(FedExShipment shipment, FedExWire.Units units) {
        int count = shipment.parcels().size();
        Money declaredValue = shipment.options().declaredValue();
        List<Money> declared = declaredValue == null || declaredValue.amount().signum() <= 0 ? null : FedExWire.split(declaredValue, count);
        ArrayNode packages = FedExJson.array();
        for (int i = 0; i < count; i++) {
            Parcel parcel = shipment.parcels().get(i);
            ObjectNode item = packages.addObject();
            item.put("sequenceNumber", i + 1);
            item.set("weight", FedExWire.weight(parcel.weight(), units.weight()));
            if (parcel.dimensions() != null) {
                item.set("dimensions", FedExWire.dimensions(parcel.dimensions(), units.length()));
            }
            if (declared != null) {
                item.set("declaredValue", FedExWire.money(declared.get(i)));
            }
            if (shipment.reference() != null && !shipment.reference().isBlank()) {
                item.putArray("customerReferences").addObject()
                        .put("customerReferenceType", "CUSTOMER_REFERENCE").put("value", shipment.reference());
            }
            FedExJson.putIfPresent(item, "itemDescription", parcel.description());
            if (shipment.options().signature() != SignatureOption.NONE) {
                item.putObject("packageSpecialServices").put("signatureOptionType", FedExRateMapper.signature(shipment.options().signature()));
            }
        }
        return packages;
    }

    private static ObjectNode specialServices(FedExShipment shipment, CustomsDeclaration customs, List<EtdDocument> uploaded) {
        ObjectNode services = FedExJson.object();
        ArrayNode types = services.putArray("specialServiceTypes");
        if (shipment.options().hasCod()) {
            types.add("COD");
            services.putObject("shipmentCODDetail").put("codCollectionType", "ANY")
                    .set("codCollectionAmount", FedExWire.money(shipment.options().cod()));
        }
        if (customs != null && customs.paperless()) {
            types.add("ELECTRONIC_TRADE_DOCUMENTS");
            ObjectNode etd = services.putObject("etdDetail");
            if (!uploaded.isEmpty()) {
                ArrayNode attached = etd.putArray("attachedDocuments");
                uploaded.forEach(document -> attached.addObject()
                        .put("documentType", FedExEtdMapper.shipDocumentType(document.type()))
                        .put("documentReference", document.fileName())
                        .put("description", document.fileName())
                        .put("documentId", document.documentId()));
            }
            if (uploaded.stream().noneMatch(FedExShipmentMapper::isInvoice)) {
                etd.putArray("requestedDocumentTypes").add("COMMERCIAL_INVOICE");
            }
        }
        if (shipment.returnOf() != null) {
            types.add("RETURN_SHIPMENT");
            ObjectNode detail = services.putObject("returnShipmentDetail").put("returnType", "PRINT_RETURN_LABEL");
            if (shipment.returnOf().reason() != null && !shipment.returnOf().reason().isBlank()) {
                detail.putObject("rma").put("reason", shipment.returnOf().reason());
            }
            if (shipment.returnOf().originalAwb() != null && !shipment.returnOf().originalAwb().isBlank()) {
                detail.putObject("returnAssociationDetail").put("trackingNumber", shipment.returnOf().originalAwb());
            }
        }
        if (types.isEmpty()) {
            services.remove("specialServiceTypes");
        }
        return services;
    }

    private static boolean isInvoice(EtdDocument document) {
        return document.type() == TradeDocument.Type.COMMERCIAL_INVOICE || document.type() == TradeDocument.Type.PRO_FORMA_INVOICE;
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
        return new ShipmentConfirmation(awb, null, pieces.stream().map(p -> FedExJson.text(p, "trackingNumber")).filter(t -> t != null).toList(),
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
            object.forEach(FedExShipmentMapper::strip);
        } else if (node.isArray()) {
            node.forEach(FedExShipmentMapper::strip);
        }
    }
}
