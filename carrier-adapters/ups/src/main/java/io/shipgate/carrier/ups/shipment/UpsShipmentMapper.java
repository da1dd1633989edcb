package io.shipgate.carrier.ups.shipment;

import io.shipgate.carrier.model.CarrierMessage;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.Label;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.carrier.model.SignatureOption;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.spi.CarrierJson;
import io.shipgate.carrier.ups.UpsErrors;
import io.shipgate.carrier.ups.UpsPackages;
import io.shipgate.carrier.ups.UpsParties;
import io.shipgate.carrier.ups.UpsServices;
import io.shipgate.carrier.ups.UpsSettings;
import io.shipgate.carrier.ups.UpsShipmentDraft;
import io.shipgate.carrier.ups.UpsUnits;
import io.shipgate.carrier.ups.UpsWire;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * UPS Shipping ({@code POST /api/shipments/{version}/ship}): a label purchase, forward or return
 * ({@link UpsShipmentDraft}), to UPS's {@code ShipmentRequest}, and its {@code ShipmentResults} to a
 * confirmation with the AWB (the shipment identification number, the first package's 1Z number),
 * one label per package ({@link UpsLabels}), the charge and the commercial invoice UPS generated.
 */
public final class UpsShipmentMapper {

    /** Lanes on which UPS prints a package's reference number. */
    private static final Set<String> REFERENCE_LANES = Set.of("US", "PR");
    /** A trade document UPS generated could not be read (its label is not concerned). */
    static final String DOCUMENT_UNREADABLE = "DOCUMENT_UNREADABLE";
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    /** Fields of the answer left out of the audit copy: images. */
    private static final Set<String> IMAGES = Set.of("GraphicImage", "HTMLImage", "InternationalSignatureGraphicImage", "PDF417");

    private UpsShipmentMapper() {
    }

    /** A forward shipment as a draft. */
    public static UpsShipmentDraft draft(ShipmentRequest request, LocalDate today) {
        LocalDate shipDate = request.options().shipDate() != null ? request.options().shipDate() : today;
        String service = UpsServices.codeFor(request.service(), request.serviceLevel(), request.shipper().country(),
                request.recipient().country());
        return new UpsShipmentDraft(request.shipper(), request.shipper(), request.recipient(), request.parcels(), service,
                request.reference(), request.options().declaredValue(), request.options().signature(), request.customs(), shipDate,
                request.options().labelFormat(), null, null);
    }

    public static UpsShipmentWire.Request request(UpsShipmentDraft s, UpsSettings settings, String customerContext) {
        UpsUnits units = UpsUnits.of(s.from().country());
        CustomsDeclaration customs = s.crossesBorder() ? s.customs() : null;
        String description = customs != null ? UpsCustomsMapper.description(customs) : s.description();
        UpsWire.Party shipTo = UpsParties.party(s.to(), "Recipient");
        if (s.to().residentialOrFalse()) {
            shipTo = shipTo.withAddress(shipTo.address().residential(""));
        }
        List<UpsWire.ShipmentCharge> charges = new ArrayList<>();
        charges.add(UpsWire.ShipmentCharge.billShipper("01", settings.accountNumber()));
        if (customs != null) {
            UpsWire.ShipmentCharge duties = UpsCustomsMapper.dutiesCharge(customs, settings.accountNumber());
            if (duties != null) {
                charges.add(duties);
            }
        }
        boolean referenceLane = REFERENCE_LANES.contains(s.from().country()) && s.from().country().equals(s.to().country());
        boolean signature = s.signature() != null && s.signature() != SignatureOption.NONE;
        List<UpsWire.Package> packages = new ArrayList<>();
        for (UpsWire.Package pkg : UpsPackages.packages(s.parcels(), units, UpsPackages.Api.SHIPPING, s.declaredValue(), description)) {
            if (s.reference() != null && referenceLane) {
                pkg = pkg.withReference(s.reference());
            }
            if (signature && customs == null) {
                pkg = pkg.withDeliveryConfirmation(s.signature() == SignatureOption.ADULT ? "3" : "2");
            }
            packages.add(pkg);
        }
        UpsShipmentWire.ShipmentServiceOptions options = null;
        if (customs != null || (signature && s.crossesBorder())) {
            options = new UpsShipmentWire.ShipmentServiceOptions(
                    customs == null ? null : UpsCustomsMapper.internationalForms(customs, s.to(), s.shipDate(), units, s.isReturn()),
                    signature ? new UpsWire.DeliveryConfirmation(s.signature() == SignatureOption.ADULT ? "2" : "1") : null);
        }
        UpsShipmentWire.Shipment shipment = new UpsShipmentWire.Shipment(UpsWire.text(description),
                s.isReturn() ? UpsWire.CodeDescription.of(s.returnService()) : null,
                customs != null && !customs.taxIds().isEmpty() ? UpsCustomsMapper.globalTaxInformation(customs) : null,
                UpsParties.party(s.shipper(), "Shipper").withShipperNumber(settings.accountNumber()), shipTo,
                UpsParties.party(s.from(), "Shipper").withoutEmail(), new UpsShipmentWire.PaymentInformation(charges),
                UpsWire.CodeDescription.of(s.service()), packages, options,
                customs == null ? null : UpsWire.Amount.of(UpsCustomsMapper.total(customs)),
                settings.negotiatedRates() ? new UpsWire.ShipmentRatingOptions("Y") : null, s.shipDate().format(DATE));
        String imageFormat = UpsLabels.imageFormatFor(s.labelFormat());
        UpsShipmentWire.LabelSpecification label = new UpsShipmentWire.LabelSpecification(UpsWire.CodeDescription.of(imageFormat),
                imageFormat.equals("GIF") ? "Mozilla/4.5" : null, new UpsShipmentWire.LabelStockSize("6", "4"));
        return new UpsShipmentWire.Request(new UpsShipmentWire.ShipmentRequest(
                new UpsShipmentWire.Header("nonvalidate", new UpsWire.TransactionReference(customerContext)), shipment, label));
    }

    /**
     * The confirmation of a purchase.
     *
     * @param service the service asked for (UPS does not repeat it)
     */
    public static ShipmentConfirmation parse(byte[] body, String service) {
        UpsShipmentWire.Response answer = UpsWire.read(body, UpsShipmentWire.Response.class);
        UpsShipmentWire.ShipmentResults results = answer.shipmentResponse() == null ? null : answer.shipmentResponse().shipmentResults();
        if (results == null) {
            throw UpsErrors.unexpected("NO_SHIPMENT_RESULTS", "UPS confirmed the purchase without its results");
        }
        List<String> trackingNumbers = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        List<CarrierMessage> messages = new ArrayList<>();
        List<UpsShipmentWire.PackageResult> packages = UpsWire.list(results.packageResults());
        for (int i = 0; i < packages.size(); i++) {
            UpsShipmentWire.PackageResult pkg = packages.get(i);
            String trackingNumber = UpsWire.text(pkg.trackingNumber());
            if (trackingNumber != null) {
                trackingNumbers.add(trackingNumber);
            }
            UpsShipmentWire.Image image = pkg.shippingLabel();
            if (image != null && UpsWire.text(image.graphicImage()) != null) {
                UpsLabels.Read read = UpsLabels.label(UpsWire.CodeDescription.code(image.imageFormat()), image.graphicImage(), i + 1);
                if (read.label() != null) {
                    labels.add(read.label());
                } else {
                    messages.add(CarrierMessage.warning(CarrierMessage.LABEL_UNREADABLE, "UPS sold the label but " + read.problem()));
                }
            } else {
                messages.add(CarrierMessage.warning(CarrierMessage.LABEL_UNREADABLE, "UPS answered parcel " + (i + 1) + " without its label"));
            }
        }
        String awb = UpsWire.text(results.shipmentIdentificationNumber());
        if (awb == null && !trackingNumbers.isEmpty()) {
            awb = trackingNumbers.getFirst();
        }
        if (awb == null) {
            throw UpsErrors.unexpected("NO_TRACKING_NUMBER", "UPS confirmed the purchase without a tracking number");
        }
        List<TradeDocument> documents = new ArrayList<>();
        UpsShipmentWire.Image form = results.form() == null ? null : results.form().image();
        if (form != null && UpsWire.text(form.graphicImage()) != null) {
            TradeDocument invoice = UpsLabels.invoice(awb, UpsWire.CodeDescription.code(form.imageFormat()), form.graphicImage());
            if (invoice != null) {
                documents.add(invoice);
            } else {
                messages.add(CarrierMessage.warning(DOCUMENT_UNREADABLE, "UPS generated the commercial invoice but it cannot be read"));
            }
        }
        Money negotiated = results.negotiatedRateCharges() == null ? null : UpsWire.Amount.money(results.negotiatedRateCharges().totalCharge());
        Money charged = negotiated != null ? negotiated
                : results.shipmentCharges() == null ? null : UpsWire.Amount.money(results.shipmentCharges().totalCharges());
        return new ShipmentConfirmation(awb, awb, trackingNumbers, service, charged, labels, documents, null,
                CarrierJson.withoutFields(body, IMAGES), messages);
    }
}
