package io.shipgate.carrier.fedex.shipment;

import io.shipgate.carrier.fedex.FedExParties;
import io.shipgate.carrier.fedex.FedExServices;
import io.shipgate.carrier.fedex.FedExShipment;
import io.shipgate.carrier.fedex.FedExSettings;
import io.shipgate.carrier.fedex.FedExUnits;
import io.shipgate.carrier.fedex.FedExValues;
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
import java.util.ArrayList;
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

    public static FedExShipmentWire.Request request(FedExShipment shipment, FedExSettings settings, LocalDate shipDate,
                                                    List<EtdDocument> uploaded) {
        FedExUnits.Units units = FedExUnits.Units.of(shipment.shipper().country());
        CustomsDeclaration customs = shipment.crossesBorder() ? shipment.customs() : null;
        boolean invoice = customs != null && (!customs.paperless() || uploaded.stream().noneMatch(FedExShipmentMapper::isInvoice));
        FedExShipmentWire.RequestedShipment requested = new FedExShipmentWire.RequestedShipment(
                shipDate.toString(), settings.pickupType(),
                shipment.service() != null ? shipment.service()
                        : FedExServices.serviceFor(shipment.serviceLevel(), shipment.crossesBorder(), shipment.recipient().residentialOrFalse()),
                "YOUR_PACKAGING",
                party(shipment.shipper(), customs, List.of(TaxId.Party.SHIPPER)),
                List.of(party(shipment.recipient(), customs, List.of(TaxId.Party.RECIPIENT, TaxId.Party.IMPORTER))),
                FedExParties.sender(settings),
                labelSpecification(shipment.options().labelFormat()),
                List.of("ACCOUNT"),
                shipment.parcels().size(),
                FedExUnits.weightValue(shipment.parcels().stream().map(Parcel::weight).reduce(Weight::plus).orElseThrow(), units.weight()),
                packages(shipment, units),
                specialServices(shipment, customs, uploaded),
                customs == null ? null : FedExCustoms.forShipment(customs, settings, units.weight()),
                invoice ? new FedExShipmentWire.DocumentSpecification(List.of("COMMERCIAL_INVOICE"),
                        new FedExShipmentWire.InvoiceDetail(new FedExShipmentWire.DocumentFormat("PDF", "PAPER_LETTER"))) : null);
        return new FedExShipmentWire.Request("LABEL", requested, FedExParties.account(settings), "CONFIRM");
    }

    private static FedExShipmentWire.Party party(Address address, CustomsDeclaration customs, List<TaxId.Party> parties) {
        return new FedExShipmentWire.Party(FedExParties.address(address), FedExParties.contact(address),
                customs == null ? null : FedExCustoms.tins(customs, parties));
    }

    /** FedEx's label image type and stock for a universal format. */
    static FedExShipmentWire.LabelSpecification labelSpecification(LabelFormat format) {
        return new FedExShipmentWire.LabelSpecification("COMMON2D", format == LabelFormat.ZPL ? "STOCK_4X6" : "PAPER_4X6",
                switch (format) {
                    case PDF -> "PDF";
                    case PNG -> "PNG";
                    case ZPL -> "ZPLII";
                });
    }

    private static List<FedExShipmentWire.PackageLine> packages(FedExShipment shipment, FedExUnits.Units units) {
        int count = shipment.parcels().size();
        List<Money> declared = FedExUnits.split(shipment.options().declaredValue(), count);
        List<FedExShipmentWire.Reference> references = FedExValues.text(shipment.reference()) == null ? null
                : List.of(new FedExShipmentWire.Reference("CUSTOMER_REFERENCE", shipment.reference()));
        FedExShipmentWire.PackageServices signature = shipment.options().signature() == SignatureOption.NONE ? null
                : new FedExShipmentWire.PackageServices(FedExServices.signature(shipment.options().signature()));
        List<FedExShipmentWire.PackageLine> packages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Parcel parcel = shipment.parcels().get(i);
            packages.add(new FedExShipmentWire.PackageLine(i + 1, FedExUnits.weight(parcel.weight(), units.weight()),
                    FedExUnits.dimensions(parcel.dimensions(), units.length()), declared == null ? null : FedExUnits.money(declared.get(i)),
                    references, FedExValues.text(parcel.description()), signature));
        }
        return packages;
    }

    private static FedExShipmentWire.SpecialServices specialServices(FedExShipment shipment, CustomsDeclaration customs,
                                                                     List<EtdDocument> uploaded) {
        List<String> types = new ArrayList<>();
        FedExShipmentWire.CodDetail cod = null;
        if (shipment.options().hasCod()) {
            types.add("COD");
            cod = new FedExShipmentWire.CodDetail("ANY", FedExUnits.money(shipment.options().cod()));
        }
        FedExShipmentWire.EtdDetail etd = null;
        if (customs != null && customs.paperless()) {
            types.add("ELECTRONIC_TRADE_DOCUMENTS");
            etd = new FedExShipmentWire.EtdDetail(uploaded.isEmpty() ? null : uploaded.stream()
                    .map(d -> new FedExShipmentWire.AttachedDocument(FedExEtdMapper.shipDocumentType(d.type()), d.fileName(), d.fileName(),
                            d.documentId())).toList(),
                    uploaded.stream().noneMatch(FedExShipmentMapper::isInvoice) ? List.of("COMMERCIAL_INVOICE") : null);
        }
        FedExShipmentWire.ReturnDetail returnDetail = null;
        if (shipment.returnOf() != null) {
            types.add("RETURN_SHIPMENT");
            String reason = FedExValues.text(shipment.returnOf().reason());
            String original = FedExValues.text(shipment.returnOf().originalAwb());
            returnDetail = new FedExShipmentWire.ReturnDetail("PRINT_RETURN_LABEL",
                    reason == null ? null : new FedExShipmentWire.Rma(shipment.returnOf().reason()),
                    original == null ? null : new FedExShipmentWire.ReturnAssociation(shipment.returnOf().originalAwb()));
        }
        return types.isEmpty() ? null : new FedExShipmentWire.SpecialServices(types, cod, etd, returnDetail);
    }

    private static boolean isInvoice(EtdDocument document) {
        return document.type() == TradeDocument.Type.COMMERCIAL_INVOICE || document.type() == TradeDocument.Type.PRO_FORMA_INVOICE;
    }
}
