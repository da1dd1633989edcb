package io.shipgate.carrier.fedex.shipment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.fedex.FedExCustoms;
import io.shipgate.carrier.fedex.FedExJson;
import io.shipgate.carrier.fedex.FedExServices;
import io.shipgate.carrier.fedex.FedExSettings;
import io.shipgate.carrier.fedex.FedExWire;
import io.shipgate.carrier.fedex.documents.EtdDocument;
import io.shipgate.carrier.fedex.documents.FedExEtdMapper;
import io.shipgate.carrier.fedex.rate.FedExRateMapper;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.SignatureOption;
import io.shipgate.carrier.model.TaxId;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.model.Weight;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /ship/v1/shipments}: a shipment (or return) as FedEx's request; its answer is read by
 * {@link FedExShipmentAnswer}.
 *
 * <p>The account pays ({@code SENDER}); the label comes inline ({@code LABEL}) in the
 * merchant's format: PDF or PNG on 4x6 paper stock, ZPL II on 4x6 thermal stock; one package line
 * per parcel (multi-piece) with weight and dimensions in the origin's units, the declared value
 * split over the packages, the signature option and the merchant's reference. Cash on delivery is
 * FedEx's shipment-level COD. A cross-border shipment carries its {@code customsClearanceDetail}
 * and the parties' tax ids, and asks FedEx to generate the commercial invoice; when the declaration
 * is paperless, the shipment is an Electronic Trade Documents shipment: the merchant's uploaded
 * documents are attached by id, and FedEx submits its own commercial invoice electronically when
 * none of them is an invoice.
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
}
