package io.shipgate.carrier.sandbox;

import java.math.BigDecimal;
import io.shipgate.carrier.model.WeightUnit;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.spi.ParcelLimits;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.AddressValidation;
import io.shipgate.carrier.model.Cancellation;
import io.shipgate.carrier.model.Edd;
import io.shipgate.carrier.model.EddRequest;
import io.shipgate.carrier.model.InboundWebhook;
import io.shipgate.carrier.model.ManifestConfirmation;
import io.shipgate.carrier.model.ManifestRequest;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.NdrAction;
import io.shipgate.carrier.model.NdrActionRequest;
import io.shipgate.carrier.model.NdrActionResult;
import io.shipgate.carrier.model.PickupConfirmation;
import io.shipgate.carrier.model.PickupRef;
import io.shipgate.carrier.model.PickupRequest;
import io.shipgate.carrier.model.ProofOfDelivery;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.RateResponse;
import io.shipgate.carrier.model.ReturnRequest;
import io.shipgate.carrier.model.Serviceability;
import io.shipgate.carrier.model.ServiceabilityRequest;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.sandbox.address.SandboxAddressMapper;
import io.shipgate.carrier.sandbox.edd.SandboxEddMapper;
import io.shipgate.carrier.sandbox.manifest.SandboxManifestMapper;
import io.shipgate.carrier.sandbox.ndr.SandboxNdrMapper;
import io.shipgate.carrier.sandbox.pickup.SandboxPickupMapper;
import io.shipgate.carrier.sandbox.pod.SandboxProofOfDeliveryMapper;
import io.shipgate.carrier.sandbox.rate.SandboxRateMapper;
import io.shipgate.carrier.sandbox.cancel.SandboxCancelMapper;
import io.shipgate.carrier.sandbox.returns.SandboxReturnMapper;
import io.shipgate.carrier.sandbox.serviceability.SandboxServiceabilityMapper;
import io.shipgate.carrier.sandbox.shipment.SandboxShipmentMapper;
import io.shipgate.carrier.sandbox.tracking.SandboxTrackingMapper;
import io.shipgate.carrier.sandbox.webhook.SandboxWebhookMapper;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.carrier.spi.CarrierAdapter;
import io.shipgate.carrier.spi.CarrierCapabilities;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierDescriptor;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The Shipgate Sandbox carrier: the simulated carrier of the {@code shipgate-carrier-sandbox-simulator}
 * module, reached over HTTP like a real one, with every capability; the template to copy for a real
 * carrier (docs/carriers.md, "The adapter template"). This class only declares and delegates:
 * {@link SandboxSettings} reads the account, a mapper per operation folder builds the carrier's
 * request and reads its answer, {@link SandboxClient} does the HTTP, {@link SandboxErrors} turns
 * error answers into exceptions.
 */
public final class SandboxCarrier implements CarrierAdapter {

    public static final String CODE = SandboxErrors.CARRIER;

    private static final ParcelLimits PARCEL_LIMITS = new ParcelLimits(Weight.of("150", WeightUnit.LB), new BigDecimal("274"), new BigDecimal("419"));

    private static final CarrierDescriptor DESCRIPTOR = new CarrierDescriptor(CODE, "Shipgate Sandbox",
            URI.create("http://127.0.0.1:8099"),
            new CarrierCapabilities(EnumSet.allOf(Capability.class), EnumSet.allOf(LabelFormat.class),
                    EnumSet.allOf(NdrAction.class), true, true, true,
                    // the sandbox publishes the usual parcel carrier's limits, so that checks against them can be tried
                    PARCEL_LIMITS),
            SandboxSettings.accountFields());

    private final SandboxClient client = new SandboxClient();

    @Override
    public CarrierDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public RateResponse rates(CarrierContext ctx, RateRequest request) {
        return SandboxRateMapper.parse(client.rates(ctx, settings(ctx), SandboxRateMapper.request(request)));
    }

    @Override
    public ShipmentConfirmation createShipment(CarrierContext ctx, ShipmentRequest request) {
        return SandboxShipmentMapper.parse(client.createShipment(ctx, settings(ctx), SandboxShipmentMapper.request(request)));
    }

    @Override
    public Optional<ShipmentConfirmation> findPurchase(CarrierContext ctx, ShipmentRequest request) {
        return Optional.ofNullable(client.findPurchase(ctx, settings(ctx), ctx.idempotencyKey())).map(SandboxShipmentMapper::parse);
    }

    @Override
    public Cancellation cancelShipment(CarrierContext ctx, ShipmentRef shipment) {
        return SandboxCancelMapper.parse(client.cancelShipment(ctx, settings(ctx), shipment.awb()), shipment.awb());
    }

    @Override
    public TrackingResult track(CarrierContext ctx, ShipmentRef shipment) {
        return SandboxTrackingMapper.parse(client.track(ctx, settings(ctx), shipment.awb()));
    }

    @Override
    public List<TrackingResult> parseWebhook(CarrierContext ctx, InboundWebhook webhook) {
        return SandboxWebhookMapper.parse(settings(ctx).webhookSecret(), webhook);
    }

    @Override
    public List<Edd> estimateDelivery(CarrierContext ctx, EddRequest request) {
        return SandboxEddMapper.parse(client.estimateDelivery(ctx, settings(ctx), SandboxEddMapper.request(request)));
    }

    @Override
    public Serviceability checkServiceability(CarrierContext ctx, ServiceabilityRequest request) {
        return SandboxServiceabilityMapper.parse(
                client.checkServiceability(ctx, settings(ctx), SandboxServiceabilityMapper.request(request)));
    }

    @Override
    public PickupConfirmation schedulePickup(CarrierContext ctx, PickupRequest request) {
        return SandboxPickupMapper.parse(client.schedulePickup(ctx, settings(ctx), SandboxPickupMapper.request(request)));
    }

    @Override
    public void cancelPickup(CarrierContext ctx, PickupRef pickup) {
        client.cancelPickup(ctx, settings(ctx), pickup.pickupId());
    }

    @Override
    public ShipmentConfirmation createReturn(CarrierContext ctx, ReturnRequest request) {
        return SandboxReturnMapper.parse(client.createReturn(ctx, settings(ctx), SandboxReturnMapper.request(request)));
    }

    @Override
    public NdrActionResult ndrAction(CarrierContext ctx, NdrActionRequest request) {
        return SandboxNdrMapper.parse(client.ndrAction(ctx, settings(ctx), request.shipment().awb(), SandboxNdrMapper.request(request)));
    }

    @Override
    public ProofOfDelivery proofOfDelivery(CarrierContext ctx, ShipmentRef shipment) {
        return SandboxProofOfDeliveryMapper.parse(client.proofOfDelivery(ctx, settings(ctx), shipment.awb()));
    }

    @Override
    public AddressValidation validateAddress(CarrierContext ctx, Address address) {
        return SandboxAddressMapper.parse(client.validateAddress(ctx, settings(ctx), SandboxAddressMapper.request(address)), address);
    }

    @Override
    public ManifestConfirmation closeManifest(CarrierContext ctx, ManifestRequest request) {
        return SandboxManifestMapper.parse(client.closeManifest(ctx, settings(ctx), SandboxManifestMapper.request(request)));
    }

    private static SandboxSettings settings(CarrierContext ctx) {
        return SandboxSettings.of(ctx.account());
    }
}
