package io.shipgate.carrier.fedex;

import java.math.BigDecimal;
import io.shipgate.carrier.model.WeightUnit;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.spi.ParcelLimits;
import io.shipgate.carrier.fedex.cancel.FedExCancelMapper;
import io.shipgate.carrier.fedex.edd.FedExEddMapper;
import io.shipgate.carrier.fedex.pickup.FedExPickupMapper;
import io.shipgate.carrier.fedex.pod.FedExProofOfDeliveryMapper;
import io.shipgate.carrier.fedex.rate.FedExRateMapper;
import io.shipgate.carrier.fedex.returns.FedExReturnMapper;
import io.shipgate.carrier.fedex.shipment.FedExEtdUploads;
import io.shipgate.carrier.fedex.shipment.FedExShipmentAnswer;
import io.shipgate.carrier.fedex.shipment.FedExShipmentMapper;
import io.shipgate.carrier.fedex.tracking.FedExTrackingMapper;
import io.shipgate.carrier.fedex.webhook.FedExWebhookMapper;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.Cancellation;
import io.shipgate.carrier.model.Edd;
import io.shipgate.carrier.model.EddRequest;
import io.shipgate.carrier.model.InboundWebhook;
import io.shipgate.carrier.model.LabelFormat;
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
import io.shipgate.carrier.spi.CarrierTimes;
import io.shipgate.carrier.spi.CarrierDescriptor;

import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * FedEx, through its REST APIs (OAuth2 client credentials): rate quotes with transit times (also
 * the EDD), labels in PDF, PNG and ZPL II for one or many parcels with customs, commercial invoices
 * and Electronic Trade Documents, cancellation, tracking, signature proof of delivery, pickups,
 * return labels, and Advanced Integrated Visibility tracking pushes. FedEx offers no API for
 * address validation, serviceability or NDR actions in its published contract, so those are
 * absent. This class only wires: {@link FedExSettings} reads the account, a mapper per operation
 * builds FedEx's request and reads its answer, {@link FedExClient} does HTTP and OAuth.
 */
public final class FedExCarrier implements CarrierAdapter {

    public static final String CODE = FedExErrors.CODE;
    /** FedEx's production API; its test environment is https://apis-sandbox.fedex.com (configuration). */
    public static final URI PRODUCTION = URI.create("https://apis.fedex.com");

    private static final ParcelLimits PARCEL_LIMITS = new ParcelLimits(Weight.of("150", WeightUnit.LB), new BigDecimal("274"), new BigDecimal("419"));

    private static final CarrierDescriptor DESCRIPTOR = new CarrierDescriptor(CODE, "FedEx", PRODUCTION,
            new CarrierCapabilities(EnumSet.of(Capability.RATES, Capability.CREATE_SHIPMENT, Capability.CANCEL_SHIPMENT,
                    Capability.TRACK, Capability.WEBHOOK_TRACKING, Capability.ESTIMATE_DELIVERY, Capability.SCHEDULE_PICKUP,
                    Capability.CANCEL_PICKUP, Capability.CREATE_RETURN, Capability.PROOF_OF_DELIVERY),
                    EnumSet.allOf(LabelFormat.class), Set.of(), true, true, true,
                    // FedEx's published package limits (Ground's, the stricter): 150 lb, 108 in (274 cm), 165 in (419 cm) length plus girth
                    PARCEL_LIMITS),
            FedExSettings.accountFields());

    private final FedExClient client = new FedExClient();

    @Override
    public CarrierDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public RateResponse rates(CarrierContext ctx, RateRequest request) {
        FedExSettings settings = settings(ctx);
        return FedExRateMapper.parse(client.rates(ctx, settings,
                FedExRateMapper.request(request, settings, shipDate(ctx, request.options().shipDate(), request.shipper()))), settings.preferredCurrency(),
                FedExRateMapper.dutiesBySender(request));
    }

    @Override
    public List<Edd> estimateDelivery(CarrierContext ctx, EddRequest request) {
        FedExSettings settings = settings(ctx);
        return FedExEddMapper.parse(client.estimateDelivery(ctx, settings,
                FedExEddMapper.request(request, settings, shipDate(ctx, request.shipDate(), request.origin()))), request.service());
    }

    @Override
    public ShipmentConfirmation createShipment(CarrierContext ctx, ShipmentRequest request) {
        FedExSettings settings = settings(ctx);
        var uploaded = FedExEtdUploads.upload(client, ctx, settings, request.customs(), request.shipper().country(),
                request.recipient().country());
        return FedExShipmentAnswer.parse(client.createShipment(ctx, settings, FedExShipmentMapper.request(FedExShipment.of(request),
                settings, shipDate(ctx, request.options().shipDate(), request.shipper()), uploaded)));
    }

    @Override
    public ShipmentConfirmation createReturn(CarrierContext ctx, ReturnRequest request) {
        FedExSettings settings = settings(ctx);
        var uploaded = FedExEtdUploads.upload(client, ctx, settings, request.customs(), request.customer().country(),
                request.warehouse().country());
        return FedExShipmentAnswer.parse(client.createReturn(ctx, settings, FedExShipmentMapper.request(FedExReturnMapper.shipment(request),
                settings, shipDate(ctx, null, request.customer()), uploaded)));
    }

    @Override
    public Cancellation cancelShipment(CarrierContext ctx, ShipmentRef shipment) {
        FedExSettings settings = settings(ctx);
        return FedExCancelMapper.parse(client.cancelShipment(ctx, settings, FedExCancelMapper.request(shipment.awb(), settings)),
                shipment.awb());
    }

    @Override
    public TrackingResult track(CarrierContext ctx, ShipmentRef shipment) {
        return FedExTrackingMapper.parse(client.track(ctx, settings(ctx), FedExTrackingMapper.request(shipment.awb())), shipment.awb(),
                shipment.shipDate(), FedExClient.TRACK);
    }

    @Override
    public List<TrackingResult> parseWebhook(CarrierContext ctx, InboundWebhook webhook) {
        return FedExWebhookMapper.parse(settings(ctx).webhookSecurityToken(), webhook);
    }

    @Override
    public ProofOfDelivery proofOfDelivery(CarrierContext ctx, ShipmentRef shipment) {
        FedExSettings settings = settings(ctx);
        var documents = client.trackingDocuments(ctx, settings, FedExProofOfDeliveryMapper.request(shipment.awb(), settings));
        return FedExProofOfDeliveryMapper.parse(shipment.awb(), shipment.shipDate(), documents,
                client.track(ctx, settings, FedExTrackWire.Request.of(shipment.awb())));
    }

    @Override
    public PickupConfirmation schedulePickup(CarrierContext ctx, PickupRequest request) {
        FedExSettings settings = settings(ctx);
        return FedExPickupMapper.parse(client.schedulePickup(ctx, settings,
                FedExPickupMapper.request(request, settings, LocalDate.now(ctx.clock()))), request);
    }

    @Override
    public void cancelPickup(CarrierContext ctx, PickupRef pickup) {
        FedExSettings settings = settings(ctx);
        client.cancelPickup(ctx, settings, FedExPickupMapper.cancelRequest(pickup, settings));
    }

    private static FedExSettings settings(CarrierContext ctx) {
        return FedExSettings.of(ctx.account());
    }

    /** The requested ship date, else today where the parcel leaves from. */
    private static LocalDate shipDate(CarrierContext ctx, LocalDate requested, Address from) {
        return requested != null ? requested : CarrierTimes.today(ctx.clock(), from);
    }
}
