package io.shipgate.carrier.delhivery;

import io.shipgate.carrier.delhivery.DelhiveryErrors.Fields;
import io.shipgate.carrier.delhivery.cancel.DelhiveryCancelMapper;
import io.shipgate.carrier.delhivery.ndr.DelhiveryNdrMapper;
import io.shipgate.carrier.delhivery.pickup.DelhiveryPickupMapper;
import io.shipgate.carrier.delhivery.rate.DelhiveryRateMapper;
import io.shipgate.carrier.delhivery.returns.DelhiveryReturnMapper;
import io.shipgate.carrier.delhivery.serviceability.DelhiveryPincode;
import io.shipgate.carrier.delhivery.serviceability.DelhiveryServiceabilityMapper;
import io.shipgate.carrier.delhivery.shipment.DelhiveryLabelMapper;
import io.shipgate.carrier.delhivery.shipment.DelhiveryShipmentMapper;
import io.shipgate.carrier.delhivery.tracking.DelhiveryTrackingMapper;
import io.shipgate.carrier.delhivery.webhook.DelhiveryWebhookMapper;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.Cancellation;
import io.shipgate.carrier.model.InboundWebhook;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.NdrActionRequest;
import io.shipgate.carrier.model.NdrActionResult;
import io.shipgate.carrier.model.PickupConfirmation;
import io.shipgate.carrier.model.PickupRequest;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.RateResponse;
import io.shipgate.carrier.model.ReturnRequest;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.Serviceability;
import io.shipgate.carrier.model.ServiceabilityRequest;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.carrier.spi.CarrierAdapter;
import io.shipgate.carrier.spi.CarrierCapabilities;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierDescriptor;

import java.math.BigDecimal;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Delhivery B2C express, India's domestic parcel network, over its token-authenticated REST API.
 * This class only wires: {@link DelhiverySettings} reads the account, a mapper per operation
 * builds Delhivery's request and reads its answer, {@link DelhiveryClient} does the HTTP,
 * {@link DelhiveryErrors} turns refusals into exceptions.
 *
 * <p>A purchase checks the destination pincode first (served, COD or prepaid, pickup for a
 * return) and refuses with NOT_SERVICEABLE before anything is manifested. Delhivery has no
 * idempotency key, but refuses a second manifest with an order id it already has: the order id is
 * the merchant's reference (else the gateway's idempotency key), so a retried purchase never buys
 * a second waybill. Labels are Delhivery's packing slip PDF, fetched at purchase; if it cannot be
 * fetched the new waybill is cancelled, so a failed purchase leaves nothing behind. A slip that
 * arrives but is not a readable PDF keeps the waybill, with a LABEL_UNREADABLE warning.
 */
public final class DelhiveryCarrier implements CarrierAdapter {

    public static final String CODE = DelhiveryErrors.CODE;
    /** Delhivery's production API; its test system is https://staging-express.delhivery.com (with its own tokens). */
    public static final URI PRODUCTION = URI.create("https://track.delhivery.com");

    private static final CarrierDescriptor DESCRIPTOR = new CarrierDescriptor(CODE, "Delhivery", PRODUCTION,
            new CarrierCapabilities(
                    EnumSet.of(Capability.RATES, Capability.CREATE_SHIPMENT, Capability.CANCEL_SHIPMENT, Capability.TRACK,
                            Capability.WEBHOOK_TRACKING, Capability.SERVICEABILITY, Capability.SCHEDULE_PICKUP,
                            Capability.CREATE_RETURN, Capability.NDR_ACTION),
                    EnumSet.of(LabelFormat.PDF), DelhiveryNdrMapper.ACTIONS, true, false, false),
            DelhiverySettings.accountFields());

    private final DelhiveryClient client = new DelhiveryClient();

    @Override
    public CarrierDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** Express and surface quotes; a mode Delhivery does not quote for the lane is left out, unless neither is quoted. */
    @Override
    public RateResponse rates(CarrierContext ctx, RateRequest request) {
        DelhiverySettings settings = settings(ctx);
        return DelhiveryRateMapper.quotes(request, query -> client.charges(ctx, settings, query));
    }

    @Override
    public ShipmentConfirmation createShipment(CarrierContext ctx, ShipmentRequest request) {
        DelhiverySettings settings = settings(ctx);
        DelhiveryServices service = DelhiveryServices.of(request.service(), request.serviceLevel(), "service");
        BigDecimal cod = request.options().hasCod() ? DelhiveryUnits.rupees(request.options().cod(), "options.cod") : null;
        var data = DelhiveryShipmentMapper.request(request, settings.pickupLocation(), service, DelhiveryManifest.order(request.reference(), ctx.idempotencyKey(), null), cod);
        String pin = DelhiveryParties.pincode(request.recipient(), "recipient");
        DelhiveryServiceabilityMapper.checkDelivery(pin, pincode(ctx, settings, pin), cod);

        var manifest = DelhiveryShipmentMapper.answer(client.manifest(ctx, settings, DelhiveryClient.CREATE_SHIPMENT, data, Fields.SHIPMENT));
        String waybill = DelhiveryShipmentMapper.waybill(manifest, DelhiveryClient.CREATE_SHIPMENT);
        DelhiveryLabelMapper.Labels labels;
        try {
            labels = DelhiveryLabelMapper.labels(client.packingSlip(ctx, settings, waybill), waybill, link -> client.download(ctx, link));
        } catch (RuntimeException labelFailure) {
            cancelQuietly(ctx, settings, waybill, labelFailure);
            throw labelFailure;
        }
        return DelhiveryShipmentMapper.confirmation(waybill, service, manifest, labels);
    }

    @Override
    public Cancellation cancelShipment(CarrierContext ctx, ShipmentRef shipment) {
        return DelhiveryCancelMapper.parse(shipment.awb(),
                client.edit(ctx, settings(ctx), DelhiveryClient.CANCEL_SHIPMENT, DelhiveryCancelMapper.request(shipment.awb())));
    }

    @Override
    public TrackingResult track(CarrierContext ctx, ShipmentRef shipment) {
        return DelhiveryTrackingMapper.parse(shipment.awb(), client.track(ctx, settings(ctx), shipment.awb()));
    }

    @Override
    public List<TrackingResult> parseWebhook(CarrierContext ctx, InboundWebhook webhook) {
        return DelhiveryWebhookMapper.parse(settings(ctx).webhookToken(), webhook);
    }

    /** The destination's flags and, when the request has an origin, whether Delhivery picks up there. */
    @Override
    public Serviceability checkServiceability(CarrierContext ctx, ServiceabilityRequest request) {
        DelhiverySettings settings = settings(ctx);
        BigDecimal cod = DelhiveryServiceabilityMapper.cod(request.cod());
        String destination = DelhiveryParties.pincode(request.destination(), "destination");
        Address origin = request.origin() == null || request.origin().postalCode() == null ? null : request.origin();
        String originPin = origin == null ? null : DelhiveryParties.pincode(origin, "origin");
        return DelhiveryServiceabilityMapper.serviceability(destination, pincode(ctx, settings, destination), originPin,
                originPin == null ? null : pincode(ctx, settings, originPin), cod);
    }

    @Override
    public PickupConfirmation schedulePickup(CarrierContext ctx, PickupRequest request) {
        DelhiverySettings settings = settings(ctx);
        return DelhiveryPickupMapper.parse(request, client.pickupRequest(ctx, settings,
                DelhiveryPickupMapper.request(request, settings.pickupLocation(), DelhiveryUnits.today(ctx.clock()))));
    }

    /** A reverse pickup from the customer to the account's warehouse, once Delhivery confirms it picks up at the customer's pincode. */
    @Override
    public ShipmentConfirmation createReturn(CarrierContext ctx, ReturnRequest request) {
        DelhiverySettings settings = settings(ctx);
        DelhiveryServices service = DelhiveryServices.of(request.service(), ServiceLevel.STANDARD, "service");
        String order = DelhiveryManifest.order(request.reference(), ctx.idempotencyKey(),
                request.originalAwb() == null ? null : "RVP-" + request.originalAwb());
        var data = DelhiveryReturnMapper.request(request, settings.pickupLocation(), service, order);
        String pin = DelhiveryParties.pincode(request.customer(), "customer");
        DelhiveryServiceabilityMapper.checkReversePickup(pin, pincode(ctx, settings, pin));
        return DelhiveryReturnMapper.parse(client.manifest(ctx, settings, DelhiveryClient.CREATE_RETURN, data, Fields.RETURN),
                DelhiveryClient.CREATE_RETURN, service);
    }

    @Override
    public NdrActionResult ndrAction(CarrierContext ctx, NdrActionRequest request) {
        DelhiverySettings settings = settings(ctx);
        if (DelhiveryNdrMapper.asynchronous(request.action())) {
            return DelhiveryNdrMapper.parseUpdate(client.update(ctx, settings,
                    DelhiveryNdrMapper.update(request, DelhiveryUnits.today(ctx.clock()))));
        }
        return DelhiveryNdrMapper.parseEdit(client.edit(ctx, settings, DelhiveryClient.NDR_ACTION, DelhiveryNdrMapper.edit(request)));
    }

    private Optional<DelhiveryPincode> pincode(CarrierContext ctx, DelhiverySettings settings, String pin) {
        return DelhiveryPincode.of(client.pincode(ctx, settings, pin), pin);
    }

    /** A waybill whose label could not be fetched is cancelled, so the failed purchase leaves no shipment at Delhivery. */
    private void cancelQuietly(CarrierContext ctx, DelhiverySettings settings, String waybill, RuntimeException cause) {
        try {
            client.edit(ctx, settings, DelhiveryClient.CANCEL_SHIPMENT, DelhiveryCancelMapper.request(waybill));
        } catch (RuntimeException cancelFailure) {
            cause.addSuppressed(cancelFailure);
        }
    }

    private static DelhiverySettings settings(CarrierContext ctx) {
        return DelhiverySettings.of(ctx.account());
    }
}
