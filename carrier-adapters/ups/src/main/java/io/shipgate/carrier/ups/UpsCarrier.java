package io.shipgate.carrier.ups;

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
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.NdrActionRequest;
import io.shipgate.carrier.model.NdrActionResult;
import io.shipgate.carrier.model.PickupConfirmation;
import io.shipgate.carrier.model.PickupRef;
import io.shipgate.carrier.model.PickupRequest;
import io.shipgate.carrier.model.ProofOfDelivery;
import io.shipgate.carrier.model.RateQuote;
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
import io.shipgate.carrier.ups.address.UpsAddressValidationMapper;
import io.shipgate.carrier.ups.edd.UpsTransitTimeMapper;
import io.shipgate.carrier.ups.cancel.UpsVoidMapper;
import io.shipgate.carrier.ups.ndr.UpsInterceptMapper;
import io.shipgate.carrier.ups.ndr.UpsInterceptWire;
import io.shipgate.carrier.ups.pickup.UpsPickupMapper;
import io.shipgate.carrier.ups.pod.UpsProofOfDeliveryMapper;
import io.shipgate.carrier.ups.rate.UpsRateMapper;
import io.shipgate.carrier.ups.returns.UpsReturnMapper;
import io.shipgate.carrier.ups.shipment.UpsShipmentMapper;
import io.shipgate.carrier.ups.shipment.UpsShipmentWire;
import io.shipgate.carrier.ups.tracking.UpsTrackingMapper;
import io.shipgate.carrier.ups.webhook.UpsWebhookMapper;

import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * UPS over its REST APIs (OAuth2 client credentials). This class only wires: {@link UpsSettings}
 * reads the account, a mapper per operation builds UPS's request and reads its answer,
 * {@link UpsClient} does the HTTP and the token, {@link UpsErrors} turns error answers into
 * exceptions. UPS labels are PNG (from UPS's GIF) or ZPL; UPS has no PDF label.
 */
public final class UpsCarrier implements CarrierAdapter {

    public static final String CODE = UpsErrors.CODE;
    /** UPS's production API; its test system (Customer Integration Environment) is https://wwwcie.ups.com. */
    public static final URI PRODUCTION = URI.create("https://onlinetools.ups.com");

    private static final ParcelLimits PARCEL_LIMITS = new ParcelLimits(Weight.of("150", WeightUnit.LB), new BigDecimal("274"), new BigDecimal("419"));

    private static final CarrierDescriptor DESCRIPTOR = new CarrierDescriptor(CODE, "UPS", PRODUCTION,
            new CarrierCapabilities(
                    EnumSet.of(Capability.RATES, Capability.CREATE_SHIPMENT, Capability.CANCEL_SHIPMENT, Capability.TRACK,
                            Capability.WEBHOOK_TRACKING, Capability.ESTIMATE_DELIVERY, Capability.SCHEDULE_PICKUP,
                            Capability.CANCEL_PICKUP, Capability.CREATE_RETURN, Capability.NDR_ACTION,
                            Capability.PROOF_OF_DELIVERY, Capability.ADDRESS_VALIDATION),
                    EnumSet.of(LabelFormat.PNG, LabelFormat.ZPL), UpsInterceptMapper.ACTIONS, false, true, true,
                    // UPS's published package limits: 150 lb, 108 in (274 cm) long, 165 in (419 cm) length plus girth
                    PARCEL_LIMITS),
            UpsSettings.accountFields());

    private final UpsClient client = new UpsClient();

    @Override
    public CarrierDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public RateResponse rates(CarrierContext ctx, RateRequest request) {
        UpsSettings settings = settings(ctx);
        return UpsRateMapper.parse(client.rates(ctx, settings, UpsRateMapper.request(request, settings)));
    }

    @Override
    public ShipmentConfirmation createShipment(CarrierContext ctx, ShipmentRequest request) {
        return buy(ctx, UpsClient.CREATE_SHIPMENT, UpsShipmentMapper.draft(request, today(ctx, request.shipper())), request.reference());
    }

    @Override
    public Cancellation cancelShipment(CarrierContext ctx, ShipmentRef shipment) {
        String id = shipment.carrierShipmentId() != null ? shipment.carrierShipmentId() : shipment.awb();
        return UpsVoidMapper.parse(shipment.awb(), client.voidShipment(ctx, settings(ctx), id));
    }

    @Override
    public TrackingResult track(CarrierContext ctx, ShipmentRef shipment) {
        return UpsTrackingMapper.parse(shipment.awb(), client.track(ctx, settings(ctx), shipment.awb(), false));
    }

    @Override
    public ProofOfDelivery proofOfDelivery(CarrierContext ctx, ShipmentRef shipment) {
        return UpsProofOfDeliveryMapper.parse(shipment.awb(), client.track(ctx, settings(ctx), shipment.awb(), true));
    }

    @Override
    public List<TrackingResult> parseWebhook(CarrierContext ctx, InboundWebhook webhook) {
        return UpsWebhookMapper.parse(settings(ctx).webhookCredential(), webhook);
    }

    @Override
    public List<Edd> estimateDelivery(CarrierContext ctx, EddRequest request) {
        return UpsTransitTimeMapper.parse(client.timeInTransit(ctx, settings(ctx), UpsTransitTimeMapper.request(request, today(ctx, request.origin()))),
                request.service());
    }

    @Override
    public PickupConfirmation schedulePickup(CarrierContext ctx, PickupRequest request) {
        UpsSettings settings = settings(ctx);
        return UpsPickupMapper.parse(request, client.schedulePickup(ctx, settings, UpsPickupMapper.request(request, settings)));
    }

    @Override
    public void cancelPickup(CarrierContext ctx, PickupRef pickup) {
        client.cancelPickup(ctx, settings(ctx), pickup.pickupId());
    }

    @Override
    public ShipmentConfirmation createReturn(CarrierContext ctx, ReturnRequest request) {
        return buy(ctx, UpsClient.CREATE_RETURN, UpsReturnMapper.draft(request, today(ctx, request.customer())), request.reference());
    }

    @Override
    public NdrActionResult ndrAction(CarrierContext ctx, NdrActionRequest request) {
        UpsSettings settings = settings(ctx);
        String awb = request.shipment().awb();
        String endpoint = UpsInterceptMapper.endpoint(request.action());
        UpsInterceptWire.Request body = UpsInterceptMapper.request(request, settings);
        UpsInterceptMapper.checkEligible(request, client.interceptEligibility(ctx, settings, awb));
        return UpsInterceptMapper.parse(request, client.intercept(ctx, settings, endpoint, awb, body));
    }

    @Override
    public AddressValidation validateAddress(CarrierContext ctx, Address address) {
        return UpsAddressValidationMapper.parse(address, client.validateAddress(ctx, settings(ctx), UpsAddressValidationMapper.request(address)));
    }

    /** A label purchase, forward or return: both are a UPS Shipping request. */
    private ShipmentConfirmation buy(CarrierContext ctx, String operation, UpsShipmentDraft draft, String reference) {
        UpsSettings settings = settings(ctx);
        UpsShipmentWire.Request body = UpsShipmentMapper.request(draft, settings, customerContext(ctx, reference));
        return UpsShipmentMapper.parse(client.ship(ctx, settings, operation, body), draft.service());
    }

    private static UpsSettings settings(CarrierContext ctx) {
        return UpsSettings.of(ctx.account());
    }

    /** Today where the parcel leaves from. */
    private static LocalDate today(CarrierContext ctx, Address from) {
        return CarrierTimes.today(ctx.clock(), from);
    }

    /**
     * UPS echoes {@code TransactionReference.CustomerContext}; it carries the merchant's reference and
     * the gateway's idempotency key, so a purchase can be found in UPS's records. UPS has no
     * idempotency key of its own: a retried purchase buys a second label.
     */
    private static String customerContext(CarrierContext ctx, String reference) {
        String context = (reference == null ? "" : reference) + (ctx.idempotencyKey() == null ? "" : " " + ctx.idempotencyKey());
        return context.strip();
    }
}
