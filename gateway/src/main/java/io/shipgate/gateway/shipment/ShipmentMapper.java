package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.CustomsItem;
import io.shipgate.carrier.model.Dimensions;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.ProofOfDelivery;
import io.shipgate.carrier.model.ShipmentOptions;
import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.carrier.model.TaxId;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.model.Weight;
import io.shipgate.routes.port.CarrierSelection;
import io.shipgate.routes.port.Shipment;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The one place where the shipment contract (the API's records) and the universal model meet:
 * requests into the model, the model's values back into views. Rating and address validation
 * speak the same values (addresses, parcels, options, customs) and map them here too.
 */
public final class ShipmentMapper {

    private ShipmentMapper() {
    }

    static ShipmentRequest toShipmentRequest(CreateShipmentRequest request) {
        return new ShipmentRequest(request.service(), request.serviceLevel(), toAddress(request.shipper()), toAddress(request.recipient()),
                toParcels(request.parcels()), request.reference(), toOptions(request.options()), toCustoms(request.customs()));
    }

    static CarrierSelection selection(CreateShipmentRequest request) {
        return new CarrierSelection(request.carrierAccountId(), request.carrier());
    }

    /** The request on the account and service a carrier "auto" purchase was given. */
    static CreateShipmentRequest chosen(CreateShipmentRequest r, CarrierChooser.CarrierChoice choice) {
        return new CreateShipmentRequest(choice.carrierAccountId(), null, choice.service(), r.serviceLevel(), r.shipper(), r.recipient(),
                r.parcels(), r.reference(), r.options(), r.customs(), r.warehouseId());
    }

    public static Address toAddress(AddressView a) {
        return a == null ? null : new Address(a.name(), a.company(), a.phone(), a.email(), a.street1(), a.street2(), a.city(), a.state(),
                a.postalCode(), a.country(), a.residential());
    }

    public static List<Parcel> toParcels(List<ParcelView> parcels) {
        return map(parcels, p -> new Parcel(toWeight(p.weight()), toDimensions(p.dimensions()), p.description()));
    }

    public static ShipmentOptions toOptions(ShipmentOptionsView o) {
        return o == null ? null : new ShipmentOptions(toMoney(o.cod()), toMoney(o.declaredValue()), o.signature(), o.returnShipment(),
                o.labelFormat(), o.shipDate());
    }

    public static CustomsDeclaration toCustoms(CustomsDeclarationView c) {
        return c == null ? null : new CustomsDeclaration(c.contentType(), c.contentDescription(), c.incoterm(), c.dutiesPayer(),
                c.invoiceNumber(), c.invoiceDate(), c.exportReason(),
                map(c.items(), i -> new CustomsItem(i.description(), i.quantity(), toMoney(i.unitValue()), toWeight(i.unitWeight()),
                        i.hsCode(), i.originCountry(), i.sku())),
                map(c.taxIds(), t -> new TaxId(t.type(), t.value(), t.party(), t.issuingCountry())), c.paperless(),
                map(c.documents(), d -> new TradeDocument(d.type(), d.fileName(), d.contentType(), d.content())));
    }

    public static Weight toWeight(WeightView w) {
        return w == null ? null : new Weight(w.value(), w.unit());
    }

    public static Dimensions toDimensions(DimensionsView d) {
        return d == null ? null : new Dimensions(d.length(), d.width(), d.height(), d.unit());
    }

    static Money toMoney(MoneyView m) {
        return m == null ? null : new Money(m.amount(), m.currency());
    }

    /** A stored shipment as the API answers it; the same for its purchase and every read. */
    static ShipmentView view(Shipment s) {
        return view(s, null);
    }

    /** @param decision the recommendation a purchase with carrier "auto" followed, else null */
    static ShipmentView view(Shipment s, ShipmentDecisionView decision) {
        return view(s, decision, null);
    }

    /** @param warehouseId the warehouse the purchase named, else null */
    static ShipmentView view(Shipment s, ShipmentDecisionView decision, UUID warehouseId) {
        String base = "/v1/shipments/" + s.id();
        return new ShipmentView(s.id(), s.status(), s.status().code(), s.carrier(), s.carrierAccountId(), s.service(), s.serviceLevel(),
                s.awb(), s.carrierShipmentId(), s.reference(), view(s.charged()), s.shipDate(), s.estimatedDelivery(), s.latestDelivery(), s.deliveredAt(), s.firstAttemptAt(),
                view(s.shipper()),
                view(s.recipient()),
                s.parcels().stream().map(p -> new ShipmentParcelView(p.number(), view(p.parcel().weight()), view(p.parcel().dimensions()),
                        p.parcel().description(), p.trackingNumber())).toList(),
                view(s.options()), view(s.customs()),
                s.labels().stream().map(l -> new LabelLinkView(l.format(), l.parcelNumber() == 0 ? null : l.parcelNumber(),
                        base + "/label?format=" + l.format().extension() + (l.parcelNumber() == 0 ? "" : "&parcel=" + l.parcelNumber())))
                        .toList(),
                s.documents().stream().map(d -> new DocumentLinkView(d.number(), d.type(), d.fileName(), d.contentType(),
                        base + "/documents/" + d.number())).toList(),
                base + "/tracking", s.createdAt(), s.updatedAt(), s.cancelledAt(),
                s.messages().stream().map(m -> new ShipmentWarningView(m.code(), m.text())).toList(), s.lastTrackedAt(), s.nextCheckAt(),
                decision, warehouseId);
    }

    static ProofOfDeliveryView view(ProofOfDelivery pod) {
        return new ProofOfDeliveryView(pod.awb(), pod.deliveredAt(), pod.signedBy(), pod.deliveryLocation(),
                pod.documents().stream().map(d -> new ProofDocumentView(d.contentType(), d.content())).toList());
    }

    public static AddressView view(Address a) {
        return a == null ? null : new AddressView(a.name(), a.company(), a.phone(), a.email(), a.street1(), a.street2(), a.city(), a.state(),
                a.postalCode(), a.country(), a.residential());
    }

    public static MoneyView view(Money m) {
        return m == null ? null : new MoneyView(m.amount(), m.currency());
    }

    static WeightView view(Weight w) {
        return w == null ? null : new WeightView(w.value(), w.unit());
    }

    static DimensionsView view(Dimensions d) {
        return d == null ? null : new DimensionsView(d.length(), d.width(), d.height(), d.unit());
    }

    static ShipmentOptionsView view(ShipmentOptions o) {
        return o == null ? null : new ShipmentOptionsView(view(o.cod()), view(o.declaredValue()), o.signature(), o.returnShipment(),
                o.labelFormat(), o.shipDate());
    }

    static CustomsDeclarationView view(CustomsDeclaration c) {
        return c == null ? null : new CustomsDeclarationView(c.contentType(), c.contentDescription(), c.incoterm(), c.dutiesPayer(),
                c.invoiceNumber(), c.invoiceDate(), c.exportReason(),
                map(c.items(), i -> new CustomsItemView(i.description(), i.quantity(), view(i.unitValue()), view(i.unitWeight()),
                        i.hsCode(), i.originCountry(), i.sku())),
                map(c.taxIds(), t -> new TaxIdView(t.type(), t.value(), t.party(), t.issuingCountry())), c.paperless(),
                map(c.documents(), d -> new TradeDocumentView(d.type(), d.fileName(), d.contentType(), d.content())));
    }

    private static <A, B> List<B> map(List<A> values, Function<A, B> mapping) {
        return values == null ? null : values.stream().map(mapping).toList();
    }
}
