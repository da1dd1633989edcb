package io.shipgate.carrier.dhlexpress;

import io.shipgate.carrier.dhlexpress.address.DhlAddressMapper;
import io.shipgate.carrier.dhlexpress.edd.DhlEddMapper;
import io.shipgate.carrier.dhlexpress.pickup.DhlPickupMapper;
import io.shipgate.carrier.dhlexpress.pod.DhlProofOfDeliveryMapper;
import io.shipgate.carrier.dhlexpress.rate.DhlRateMapper;
import io.shipgate.carrier.dhlexpress.returns.DhlReturnMapper;
import io.shipgate.carrier.dhlexpress.shipment.DhlShipmentMapper;
import io.shipgate.carrier.dhlexpress.tracking.DhlTrackingMapper;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.AddressValidation;
import io.shipgate.carrier.model.Edd;
import io.shipgate.carrier.model.EddRequest;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.NdrAction;
import io.shipgate.carrier.model.PickupConfirmation;
import io.shipgate.carrier.model.PickupRef;
import io.shipgate.carrier.model.PickupRequest;
import io.shipgate.carrier.model.ProofOfDelivery;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.RateResponse;
import io.shipgate.carrier.model.ReturnRequest;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.carrier.spi.CarrierAdapter;
import io.shipgate.carrier.spi.CarrierCapabilities;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierDescriptor;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

/**
 * DHL Express through the MyDHL API (REST, HTTP basic auth). This class only wires: {@link DhlSettings}
 * reads the account, a mapper per operation builds MyDHL's request and reads its answer,
 * {@link DhlClient} does the HTTP, {@link DhlErrors} turns error answers into exceptions.
 *
 * <p>Not declared, because MyDHL has no API for them: cancelling a shipment (DHL voids nothing; an
 * unused label is never billed, as DHL charges a shipment only once it is scanned), tracking
 * pushes (MyDHL documents none), serviceability and NDR actions. Cash on delivery DHL Express does
 * not offer.
 */
public final class DhlExpressCarrier implements CarrierAdapter {

    public static final String CODE = DhlErrors.CODE;

    private static final CarrierDescriptor DESCRIPTOR = new CarrierDescriptor(CODE, "DHL Express",
            URI.create("https://express.api.dhl.com/mydhlapi"),
            new CarrierCapabilities(EnumSet.of(Capability.RATES, Capability.CREATE_SHIPMENT, Capability.TRACK,
                    Capability.ESTIMATE_DELIVERY, Capability.SCHEDULE_PICKUP, Capability.CANCEL_PICKUP, Capability.CREATE_RETURN,
                    Capability.PROOF_OF_DELIVERY, Capability.ADDRESS_VALIDATION),
                    EnumSet.of(LabelFormat.PDF, LabelFormat.ZPL), EnumSet.noneOf(NdrAction.class), false, true, true),
            DhlSettings.accountFields());

    private final DhlClient client = new DhlClient();

    @Override
    public CarrierDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public RateResponse rates(CarrierContext ctx, RateRequest request) {
        DhlSettings settings = settings(ctx);
        return DhlRateMapper.parse(client.rates(ctx, settings, DhlRateMapper.request(request, settings, ctx.clock())), settings);
    }

    @Override
    public ShipmentConfirmation createShipment(CarrierContext ctx, ShipmentRequest request) {
        DhlSettings settings = settings(ctx);
        DhlOrder order = DhlOrder.of(request, settings);
        return DhlShipmentMapper.parse(client.createShipment(ctx, settings, DhlShipmentMapper.request(order, settings, ctx.clock())),
                order);
    }

    @Override
    public TrackingResult track(CarrierContext ctx, ShipmentRef shipment) {
        return DhlTrackingMapper.parse(shipment.awb(), client.track(ctx, settings(ctx), shipment.awb()));
    }

    @Override
    public List<Edd> estimateDelivery(CarrierContext ctx, EddRequest request) {
        DhlSettings settings = settings(ctx);
        return DhlEddMapper.parse(client.estimateDelivery(ctx, settings, DhlEddMapper.request(request, settings, ctx.clock())), request);
    }

    @Override
    public PickupConfirmation schedulePickup(CarrierContext ctx, PickupRequest request) {
        DhlSettings settings = settings(ctx);
        ZoneOffset offset = DhlPickupMapper.offsetOrRefuse(DhlAddressMapper.gmtOffset(client.validateAddress(ctx, settings,
                DhlAddressMapper.query(request.location(), DhlAddressMapper.Purpose.PICKUP))), request);
        return DhlPickupMapper.parse(client.schedulePickup(ctx, settings, DhlPickupMapper.request(request, offset, settings)), request);
    }

    @Override
    public void cancelPickup(CarrierContext ctx, PickupRef pickup) {
        client.cancelPickup(ctx, settings(ctx), pickup.pickupId(), DhlPickupMapper.requestorName(pickup), DhlPickupMapper.CANCEL_REASON);
    }

    @Override
    public ShipmentConfirmation createReturn(CarrierContext ctx, ReturnRequest request) {
        DhlSettings settings = settings(ctx);
        DhlOrder order = DhlReturnMapper.order(request, settings);
        return DhlShipmentMapper.parse(client.createReturn(ctx, settings, DhlShipmentMapper.request(order, settings, ctx.clock())),
                order);
    }

    @Override
    public ProofOfDelivery proofOfDelivery(CarrierContext ctx, ShipmentRef shipment) {
        DhlSettings settings = settings(ctx);
        DhlProofOfDeliveryMapper.Delivery delivery = DhlProofOfDeliveryMapper.delivery(shipment.awb(),
                client.track(ctx, settings, shipment.awb()));
        return DhlProofOfDeliveryMapper.parse(shipment.awb(), delivery, client.proofOfDelivery(ctx, settings, shipment.awb()));
    }

    @Override
    public AddressValidation validateAddress(CarrierContext ctx, Address address) {
        return DhlAddressMapper.parse(client.validateAddress(ctx, settings(ctx),
                DhlAddressMapper.query(address, DhlAddressMapper.Purpose.DELIVERY)), address);
    }

    private static DhlSettings settings(CarrierContext ctx) {
        return DhlSettings.of(ctx.account());
    }
}
