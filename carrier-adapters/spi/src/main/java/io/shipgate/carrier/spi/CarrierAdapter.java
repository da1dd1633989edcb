package io.shipgate.carrier.spi;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.AddressValidation;
import io.shipgate.carrier.model.Cancellation;
import io.shipgate.carrier.model.Edd;
import io.shipgate.carrier.model.EddRequest;
import io.shipgate.carrier.model.InboundWebhook;
import io.shipgate.carrier.model.ManifestConfirmation;
import io.shipgate.carrier.model.ManifestRequest;
import io.shipgate.carrier.model.NdrActionRequest;
import io.shipgate.carrier.model.NdrActionResult;
import io.shipgate.carrier.model.PickupConfirmation;
import io.shipgate.carrier.model.PickupRef;
import io.shipgate.carrier.model.PickupRequest;
import io.shipgate.carrier.model.ProofOfDelivery;
import io.shipgate.carrier.model.RateResponse;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.ReturnRequest;
import io.shipgate.carrier.model.Serviceability;
import io.shipgate.carrier.model.ServiceabilityRequest;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.carrier.model.TrackingResult;

import java.util.List;
import java.util.Optional;

/**
 * A carrier integration. Implementations are discovered with {@link java.util.ServiceLoader}
 * (see {@link CarrierRegistry}), hold carrier mapping only (no orchestration, no persistence), and
 * are thread-safe: one instance serves every account of its carrier, each call gets the
 * account in its {@link CarrierContext}.
 *
 * <p>An operation the carrier lacks is left out of {@link CarrierDescriptor#capabilities()} and
 * keeps its default implementation, which throws {@link UnsupportedCapabilityException}. Every
 * carrier failure is a {@link CarrierException}.
 */
public interface CarrierAdapter {

    CarrierDescriptor descriptor();

    default String code() {
        return descriptor().code();
    }

    /**
     * Quotes for every service the carrier offers for the request, with what the carrier said beside them
     * (warnings, services it refused): a partial answer is returned whole, not as the first refusal.
     */
    default RateResponse rates(CarrierContext ctx, RateRequest request) {
        throw unsupported(Capability.RATES);
    }

    /** Buys the label: AWB, labels, charge. */
    default ShipmentConfirmation createShipment(CarrierContext ctx, ShipmentRequest request) {
        throw unsupported(Capability.CREATE_SHIPMENT);
    }

    /**
     * The label bought earlier with {@code ctx.idempotencyKey()} for this request, exactly as
     * {@link #createShipment} answered it, or empty when the carrier sold none under that key. Never buys.
     */
    default Optional<ShipmentConfirmation> findPurchase(CarrierContext ctx, ShipmentRequest request) {
        throw unsupported(Capability.FIND_PURCHASE);
    }

    /** Voids a label before pickup; INVALID_STATE once the carrier has the parcel. */
    default Cancellation cancelShipment(CarrierContext ctx, ShipmentRef shipment) {
        throw unsupported(Capability.CANCEL_SHIPMENT);
    }

    /** The shipment's tracking events, normalized. */
    default TrackingResult track(CarrierContext ctx, ShipmentRef shipment) {
        throw unsupported(Capability.TRACK);
    }

    /**
     * Authenticates and parses a tracking push from the carrier. Throws AUTHENTICATION when the
     * call cannot be proven to come from the carrier for this account, whatever its body; only then
     * reads the body, through {@link TrackingPushes#read}, so that a body it cannot read is
     * INVALID_REQUEST ({@link TrackingPushes#MALFORMED}).
     */
    default List<TrackingResult> parseWebhook(CarrierContext ctx, InboundWebhook webhook) {
        throw unsupported(Capability.WEBHOOK_TRACKING);
    }

    /** Estimated delivery dates for a lane, per service. */
    default List<Edd> estimateDelivery(CarrierContext ctx, EddRequest request) {
        throw unsupported(Capability.ESTIMATE_DELIVERY);
    }

    default Serviceability checkServiceability(CarrierContext ctx, ServiceabilityRequest request) {
        throw unsupported(Capability.SERVICEABILITY);
    }

    default PickupConfirmation schedulePickup(CarrierContext ctx, PickupRequest request) {
        throw unsupported(Capability.SCHEDULE_PICKUP);
    }

    default void cancelPickup(CarrierContext ctx, PickupRef pickup) {
        throw unsupported(Capability.CANCEL_PICKUP);
    }

    /** A customer return (reverse pickup) to the merchant's warehouse. */
    default ShipmentConfirmation createReturn(CarrierContext ctx, ReturnRequest request) {
        throw unsupported(Capability.CREATE_RETURN);
    }

    /** Acts on a failed delivery (NDR): re-attempt, reschedule, change address or phone, RTO. */
    default NdrActionResult ndrAction(CarrierContext ctx, NdrActionRequest request) {
        throw unsupported(Capability.NDR_ACTION);
    }

    /** The carrier's proof of delivery of a delivered shipment. */
    default ProofOfDelivery proofOfDelivery(CarrierContext ctx, ShipmentRef shipment) {
        throw unsupported(Capability.PROOF_OF_DELIVERY);
    }

    /** Whether the address exists as given, its corrections, and whether it is residential. */
    default AddressValidation validateAddress(CarrierContext ctx, Address address) {
        throw unsupported(Capability.ADDRESS_VALIDATION);
    }

    /** Closes the day (end-of-day manifest) for the shipments listed, at the carrier. */
    default ManifestConfirmation closeManifest(CarrierContext ctx, ManifestRequest request) {
        throw unsupported(Capability.CLOSE_MANIFEST);
    }

    default UnsupportedCapabilityException unsupported(Capability capability) {
        return new UnsupportedCapabilityException(code(), capability);
    }
}
