package io.shipgate.carrier.dhlexpress.shipment;

import io.shipgate.carrier.dhlexpress.DhlDocuments;
import io.shipgate.carrier.dhlexpress.DhlErrors;
import io.shipgate.carrier.dhlexpress.DhlOrder;
import io.shipgate.carrier.dhlexpress.DhlParties;
import io.shipgate.carrier.dhlexpress.DhlPrices;
import io.shipgate.carrier.dhlexpress.DhlServices;
import io.shipgate.carrier.dhlexpress.DhlSettings;
import io.shipgate.carrier.dhlexpress.DhlShippingTime;
import io.shipgate.carrier.dhlexpress.DhlUnits;
import io.shipgate.carrier.model.CarrierMessage;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.DutiesPayer;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentOptions;
import io.shipgate.carrier.model.TaxId;
import io.shipgate.carrier.spi.CarrierJson;
import io.shipgate.carrier.spi.CarrierTimes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Label purchases to MyDHL's {@code POST /shipments} and its answer back: the AWB
 * ({@code shipmentTrackingNumber}), a tracking number per piece, the label (PDF, or ZPL when the
 * merchant prints ZPL; MyDHL issues no image labels, so PNG is answered with the PDF), the
 * documents issued with it (the DHL-generated commercial invoice of a customs-declarable shipment
 * and, unless its customs documents travel paperless, the waybill document that goes with them)
 * and the charge DHL estimates. The courier is not booked with the label:
 * pickups are their own operation.
 */
public final class DhlShipmentMapper {

    static final String LABEL_TEMPLATE = "ECOM26_84_001";
    static final String INVOICE_TEMPLATE = "COMMERCIAL_INVOICE_P_10";
    static final String DELIVERY_DATE_TYPE = "QDDC";
    /** The code of a warning DHL answered beside the sale (MyDHL's {@code warnings} are texts without codes). */
    static final String DHL_WARNING = "DHL_WARNING";

    private DhlShipmentMapper() {
    }

    public static DhlShipmentWire.Request request(DhlOrder order, DhlSettings settings, Clock clock) {
        ShipmentOptions options = order.options();
        CustomsDeclaration customs = order.customs();
        if (options.hasCod()) {
            throw DhlErrors.notOffered("options.cod", "cash on delivery");
        }
        if (order.crossBorder() && customs == null) {
            throw DhlErrors.missingField("customs", "a cross-border DHL Express shipment needs a customs declaration");
        }
        DhlUnits units = settings.unitsFrom(order.shipper().country());
        boolean declarable = DhlCustomsMapper.declarable(customs, order.crossBorder());
        boolean paperless = declarable && customs.paperless();
        LocalDate shipDate = options.shipDate() != null ? options.shipDate() : CarrierTimes.today(clock, order.shipper());
        String product = order.productCode();

        List<DhlServices.ValueAddedService> services = new ArrayList<>(DhlServices.priced(options, customs));
        if (paperless) {
            services.add(DhlServices.ValueAddedService.of(DhlServices.PAPERLESS_TRADE));
        }
        Money declared = declarable ? DhlCustomsMapper.declaredValue(customs) : null;
        DhlShipmentWire.Content content = new DhlShipmentWire.Content(units.packages(order.parcels(), order.reference()),
                declarable, declared == null ? null : declared.amount(), declared == null ? null : declared.currency(),
                declarable ? DhlCustomsMapper.exportDeclaration(customs, units, order.reference(), shipDate) : null,
                description(order), customs == null ? "DAP" : DhlCustomsMapper.incoterm(customs.incoterm()), units.wireName());

        return new DhlShipmentWire.Request(DhlShippingTime.planned(options.shipDate(), clock, order.shipper()), new DhlShipmentWire.Pickup(false),
                product, product, true, accounts(order, settings), services.isEmpty() ? null : List.copyOf(services),
                outputImageProperties(options.labelFormat(), declarable && !paperless,
                        declarable && !DhlCustomsMapper.merchantInvoice(customs) ? customs : null),
                customerDetails(order), content, paperless ? DhlCustomsMapper.documentImages(customs) : null,
                new DhlShipmentWire.EstimatedDeliveryDate(true, DELIVERY_DATE_TYPE));
    }

    /** The shipper account, and who pays duties and taxes when a third party does. */
    private static List<DhlParties.Account> accounts(DhlOrder order, DhlSettings settings) {
        DhlParties.Account shipper = new DhlParties.Account(DhlParties.SHIPPER, order.accountNumber());
        if (order.customs() == null || order.customs().dutiesPayer() != DutiesPayer.THIRD_PARTY) {
            return List.of(shipper);
        }
        if (settings.dutiesAccountNumber() == null) {
            throw DhlErrors.invalid("customs.dutiesPayer", "MISSING_SETTING",
                    "duties paid by a third party need the DHL Express account's setting " + DhlSettings.DUTIES_ACCOUNT_NUMBER);
        }
        return List.of(shipper, new DhlParties.Account(DhlParties.DUTIES_TAXES, settings.dutiesAccountNumber()));
    }

    /**
     * The label in the merchant's format (PDF at 300 dpi, ZPL at 200 dpi for thermal printers;
     * PNG, which MyDHL does not issue, as PDF), the waybill document when paper customs documents
     * travel with the parcel, and DHL's commercial invoice when {@code invoiceFor} is a declaration
     * DHL should write the invoice of.
     */
    private static DhlShipmentWire.OutputImageProperties outputImageProperties(LabelFormat format, boolean waybill,
                                                                             CustomsDeclaration invoiceFor) {
        boolean zpl = format == LabelFormat.ZPL;
        List<DhlShipmentWire.ImageOption> options = new ArrayList<>();
        options.add(new DhlShipmentWire.ImageOption("label", LABEL_TEMPLATE, true, null));
        options.add(new DhlShipmentWire.ImageOption("waybillDoc", null, waybill, null));
        if (invoiceFor != null) {
            options.add(new DhlShipmentWire.ImageOption("invoice", INVOICE_TEMPLATE, true, DhlCustomsMapper.invoiceType(invoiceFor)));
        }
        return new DhlShipmentWire.OutputImageProperties(zpl ? 200 : 300, zpl ? "zpl" : "pdf", List.copyOf(options));
    }

    private static DhlShipmentWire.CustomerDetails customerDetails(DhlOrder order) {
        CustomsDeclaration customs = order.customs();
        DhlParties.Party shipper = DhlParties.Party.of(order.shipper(), order.shipperField(),
                DhlCustomsMapper.registrationNumbers(customs, TaxId.Party.SHIPPER, order.shipper().country()));
        DhlParties.Party receiver = DhlParties.Party.of(order.recipient(), order.recipientField(),
                DhlCustomsMapper.registrationNumbers(customs, TaxId.Party.RECIPIENT, order.recipient().country()));
        // the universal model has no importer address: the importer of record is the recipient
        DhlParties.Party importer = DhlCustomsMapper.hasImporter(customs) ? DhlParties.Party.of(order.recipient(), order.recipientField(),
                DhlCustomsMapper.registrationNumbers(customs, TaxId.Party.IMPORTER, order.recipient().country())) : null;
        return new DhlShipmentWire.CustomerDetails(shipper, receiver, importer);
    }

    /** MyDHL wants a content description on every shipment. */
    private static String description(DhlOrder order) {
        CustomsDeclaration customs = order.customs();
        return Stream.of(customs == null ? null : customs.contentDescription(),
                        customs == null ? null : customs.items().getFirst().description(),
                        order.parcels().getFirst().description())
                .filter(d -> d != null && !d.isBlank()).findFirst()
                .orElse(order.documentsOnly() ? "Documents" : "Goods");
    }

    public static ShipmentConfirmation parse(byte[] body, DhlOrder order) {
        String productCode = order.productCode();
        DhlShipmentWire.Response response = CarrierJson.read(DhlErrors.CODE, body, DhlShipmentWire.Response.class);
        String awb = response.shipmentTrackingNumber();
        if (awb == null || awb.isBlank()) {
            throw DhlErrors.incomplete("NO_AWB", "DHL Express answered the shipment without a shipmentTrackingNumber");
        }
        DhlLabelReader.Documents documents = DhlLabelReader.read(response.documents(),
                order.options().labelFormat() == LabelFormat.ZPL ? LabelFormat.ZPL : LabelFormat.PDF, awb);
        List<CarrierMessage> messages = new ArrayList<>(documents.messages());
        if (response.warnings() != null) {
            response.warnings().stream().filter(w -> w != null && !w.isBlank())
                    .forEach(w -> messages.add(CarrierMessage.warning(DHL_WARNING, w.strip())));
        }
        List<String> pieces = response.packages() == null ? List.of() : response.packages().stream().filter(Objects::nonNull)
                .sorted(Comparator.comparing(p -> p.referenceNumber() == null ? Integer.MAX_VALUE : p.referenceNumber()))
                .map(DhlShipmentWire.PackageResult::trackingNumber).filter(Objects::nonNull).toList();
        return new ShipmentConfirmation(awb, null, pieces, productCode, charged(response), documents.labels(), documents.documents(),
                response.estimatedDeliveryDate() == null ? null : CarrierTimes.date(response.estimatedDeliveryDate().estimatedDeliveryDate()),
                DhlDocuments.withoutContent(body), messages);
    }

    /** The estimated charge in the billing currency, else the first one given. */
    private static Money charged(DhlShipmentWire.Response response) {
        return DhlPrices.billed(response.shipmentCharges()).orElse(null);
    }
}
