package io.shipgate.carrier.ups.shipment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.Label;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.ReturnRequest;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.carrier.model.SignatureOption;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.spi.CarrierJson;
import io.shipgate.carrier.ups.UpsJson;
import io.shipgate.carrier.ups.UpsPackages;
import io.shipgate.carrier.ups.UpsParties;
import io.shipgate.carrier.ups.UpsServices;
import io.shipgate.carrier.ups.UpsSettings;
import io.shipgate.carrier.ups.UpsUnits;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * UPS Shipping ({@code POST /api/shipments/{version}/ship}): a label purchase, forward or return,
 * to UPS's {@code ShipmentRequest}, and its {@code ShipmentResults} to a confirmation with the
 * AWB (the shipment identification number, the first package's 1Z number), one label per package,
 * the charge and the commercial invoice UPS generated.
 *
 * <p>A return is a UPS Print Return Label ({@code ReturnService} 9): the merchant's account ships
 * from the customer ({@code ShipFrom}) to the warehouse ({@code ShipTo}, also the {@code Shipper}).
 */
public final class UpsShipmentMapper {

    /** UPS Print Return Label: the label is printed and handed to the customer. */
    static final String PRINT_RETURN_LABEL = "9";
    /** Lanes on which UPS prints a package's reference number. */
    private static final Set<String> REFERENCE_LANES = Set.of("US", "PR");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private UpsShipmentMapper() {
    }

    /** The request of a forward shipment. */
    public static ObjectNode request(ShipmentRequest request, UpsSettings settings, LocalDate today, String customerContext) {
        LocalDate shipDate = request.options().shipDate() != null ? request.options().shipDate() : today;
        String service = UpsServices.codeFor(request.service(), request.serviceLevel(), request.shipper().country(),
                request.recipient().country());
        Shipment shipment = new Shipment(request.shipper(), request.shipper(), request.recipient(), request.parcels(),
                service, request.reference(), request.options().declaredValue(), request.options().signature(),
                request.customs(), shipDate, false);
        return build(shipment, settings, request.options().labelFormat(), customerContext);
    }

    /** The request of a return: from the customer to the warehouse, billed to the merchant. */
    public static ObjectNode returnRequest(ReturnRequest request, UpsSettings settings, LocalDate today, String customerContext) {
        String service = UpsServices.codeFor(request.service(), ServiceLevel.STANDARD, request.customer().country(),
                request.warehouse().country());
        Shipment shipment = new Shipment(request.warehouse(), request.customer(), request.warehouse(), request.parcels(),
                service, request.reference(), null, SignatureOption.NONE, request.customs(), today, true);
        return build(shipment, settings, LabelFormat.PNG, customerContext);
    }

    /** A shipment in UPS's terms: who pays ({@code shipper}), where from, where to, what. */
    private record Shipment(Address shipper, Address from, Address to, List<Parcel> parcels, String service, String reference,
                            Money declaredValue, SignatureOption signature, CustomsDeclaration customs, LocalDate shipDate,
                            boolean isReturn) {

        boolean crossesBorder() {
            return !from.country().equals(to.country());
        }
    }

    private static ObjectNode build(Shipment s, UpsSettings settings, LabelFormat labelFormat, String customerContext) {
        UpsUnits units = UpsUnits.of(s.from().country());
        ObjectNode root = UpsJson.object();
        ObjectNode shipmentRequest = root.putObject("ShipmentRequest");
        ObjectNode request = shipmentRequest.putObject("Request");
        request.put("RequestOption", "nonvalidate");
        request.putObject("TransactionReference").put("CustomerContext", customerContext);

        ObjectNode shipment = shipmentRequest.putObject("Shipment");
        CustomsDeclaration customs = s.crossesBorder() ? s.customs() : null;
        String description = customs != null ? UpsCustomsMapper.description(customs) : s.isReturn() ? "Customer return" : null;
        UpsJson.putIfPresent(shipment, "Description", description);
        if (s.isReturn()) {
            shipment.putObject("ReturnService").put("Code", PRINT_RETURN_LABEL);
        }
        ObjectNode shipper = UpsParties.party(s.shipper(), "Shipper");
        shipper.put("ShipperNumber", settings.accountNumber());
        ObjectNode shipTo = UpsParties.party(s.to(), "Recipient");
        if (s.to().residentialOrFalse()) {
            ((ObjectNode) shipTo.get("Address")).put("ResidentialAddressIndicator", "");
        }
        ObjectNode shipFrom = UpsParties.party(s.from(), "Shipper");
        shipFrom.remove("EMailAddress");
        if (customs != null && !customs.taxIds().isEmpty()) {
            shipment.set("GlobalTaxInformation", UpsCustomsMapper.globalTaxInformation(customs));
        }
        shipment.set("Shipper", shipper);
        shipment.set("ShipTo", shipTo);
        shipment.set("ShipFrom", shipFrom);

        ArrayNode charges = shipment.putObject("PaymentInformation").putArray("ShipmentCharge");
        ObjectNode transportation = charges.addObject().put("Type", "01");
        transportation.putObject("BillShipper").put("AccountNumber", settings.accountNumber());
        if (customs != null) {
            ObjectNode duties = UpsCustomsMapper.dutiesCharge(customs, settings.accountNumber());
            if (duties != null) {
                charges.add(duties);
            }
        }
        shipment.putObject("Service").put("Code", s.service());

        ArrayNode packages = UpsPackages.packages(s.parcels(), units, "Packaging", s.declaredValue(), description);
        boolean referenceLane = REFERENCE_LANES.contains(s.from().country()) && s.from().country().equals(s.to().country());
        for (JsonNode pkg : packages) {
            if (s.reference() != null && referenceLane) {
                ((ObjectNode) pkg).putArray("ReferenceNumber").addObject().put("Value", s.reference());
            }
            if (s.signature() != SignatureOption.NONE && customs == null) {
                ObjectNode options = ((ObjectNode) pkg).has("PackageServiceOptions")
                        ? (ObjectNode) pkg.get("PackageServiceOptions") : ((ObjectNode) pkg).putObject("PackageServiceOptions");
                options.putObject("DeliveryConfirmation").put("DCISType", s.signature() == SignatureOption.ADULT ? "3" : "2");
            }
        }
        shipment.set("Package", packages);

        if (customs != null || (s.signature() != SignatureOption.NONE && s.crossesBorder())) {
            ObjectNode options = shipment.putObject("ShipmentServiceOptions");
            if (customs != null) {
                options.set("InternationalForms", UpsCustomsMapper.internationalForms(customs, s.to(), s.shipDate(), units, s.isReturn()));
            }
            if (s.signature() != SignatureOption.NONE) {
                options.putObject("DeliveryConfirmation").put("DCISType", s.signature() == SignatureOption.ADULT ? "2" : "1");
            }
        }
        if (customs != null) {
            Money total = UpsCustomsMapper.total(customs);
            ObjectNode invoice = shipment.putObject("InvoiceLineTotal");
            invoice.put("CurrencyCode", total.currency());
            invoice.put("MonetaryValue", total.amount().toPlainString());
        }
        if (settings.negotiatedRates()) {
            shipment.putObject("ShipmentRatingOptions").put("NegotiatedRatesIndicator", "Y");
        }
        shipment.put("ShipmentDate", s.shipDate().format(DATE));

        ObjectNode label = shipmentRequest.putObject("LabelSpecification");
        String imageFormat = UpsLabels.imageFormatFor(labelFormat);
        label.putObject("LabelImageFormat").put("Code", imageFormat);
        if (imageFormat.equals("GIF")) {
            label.put("HTTPUserAgent", "Mozilla/4.5");
        }
        label.putObject("LabelStockSize").put("Height", "6").put("Width", "4");
        return root;
    }

    /**
     * The confirmation of a purchase.
     *
     * @param service the service asked for (UPS does not repeat it)
     */
    public static ShipmentConfirmation parse(JsonNode answer, String service) {
        JsonNode results = answer.path("ShipmentResponse").path("ShipmentResults");
        List<String> trackingNumbers = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        List<JsonNode> packages = UpsJson.list(results.path("PackageResults"));
        for (int i = 0; i < packages.size(); i++) {
            JsonNode pkg = packages.get(i);
            trackingNumbers.add(UpsJson.text(pkg, "TrackingNumber"));
            String image = UpsJson.text(pkg, "ShippingLabel", "GraphicImage");
            if (image != null) {
                labels.add(UpsLabels.label(UpsJson.text(pkg, "ShippingLabel", "ImageFormat", "Code"), image, i + 1));
            }
        }
        String awb = UpsJson.text(results, "ShipmentIdentificationNumber");
        if (awb == null && !trackingNumbers.isEmpty()) {
            awb = trackingNumbers.getFirst();
        }
        List<TradeDocument> documents = new ArrayList<>();
        String form = UpsJson.text(results, "Form", "Image", "GraphicImage");
        if (form != null) {
            String format = UpsJson.text(results, "Form", "Image", "ImageFormat", "Code");
            boolean png = "PNG".equalsIgnoreCase(format);
            documents.add(new TradeDocument(TradeDocument.Type.COMMERCIAL_INVOICE, "commercial-invoice-" + awb + (png ? ".png" : ".pdf"),
                    png ? "image/png" : "application/pdf", Base64.getMimeDecoder().decode(form)));
        }
        JsonNode negotiated = results.path("NegotiatedRateCharges").path("TotalCharge");
        JsonNode total = negotiated.isMissingNode() ? results.path("ShipmentCharges").path("TotalCharges") : negotiated;
        Money charged = UpsJson.decimal(total, "MonetaryValue") == null ? null
                : new Money(UpsJson.decimal(total, "MonetaryValue"), UpsJson.text(total, "CurrencyCode"));
        return new ShipmentConfirmation(awb, awb, trackingNumbers, service, charged, labels, documents, null, withoutImages(answer));
    }

    /** UPS's answer for audit, label and form images left out. */
    static String withoutImages(JsonNode answer) {
        JsonNode copy = answer.deepCopy();
        JsonNode results = copy.path("ShipmentResponse").path("ShipmentResults");
        for (JsonNode pkg : UpsJson.list(results.path("PackageResults"))) {
            if (pkg.path("ShippingLabel") instanceof ObjectNode label) {
                label.remove(List.of("GraphicImage", "HTMLImage", "InternationalSignatureGraphicImage", "PDF417"));
            }
        }
        if (results.path("Form").path("Image") instanceof ObjectNode image) {
            image.remove("GraphicImage");
        }
        return CarrierJson.mapper().valueToTree(copy).toString();
    }
}
