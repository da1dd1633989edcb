package io.shipgate.routes;

/**
 * The routes' entry points. The gateway's services send commands here with a
 * {@code ProducerTemplate}; each route's Javadoc names the command it takes and what it answers.
 */
public final class Endpoints {

    /** {@link io.shipgate.routes.rating.RateShoppingCommand} -> {@link io.shipgate.routes.rating.RateShoppingResult}. */
    public static final String RATE_SHOPPING = "direct:rateShopping";
    /** {@link io.shipgate.routes.shipment.CreateShipmentCommand} -> {@link io.shipgate.routes.shipment.ShipmentPurchase}. */
    public static final String CREATE_SHIPMENT = "direct:createShipment";
    /**
     * {@link io.shipgate.routes.shipment.CancelShipmentCommand} -> {@link io.shipgate.routes.shipment.CancelOutcome}: the shipment is
     * CANCELLED, or, picked up already, RTO_REQUESTED where the carrier returns it to origin.
     */
    public static final String CANCEL_SHIPMENT = "direct:cancelShipment";
    /** {@link io.shipgate.routes.returns.CreateReturnCommand} -> {@link io.shipgate.routes.returns.ReturnBooking}. */
    public static final String CREATE_RETURN = "direct:createReturn";
    /** {@link io.shipgate.routes.returns.CancelReturnCommand} -> {@link io.shipgate.routes.returns.ReturnCancellation}. */
    public static final String CANCEL_RETURN = "direct:cancelReturn";
    /** {@link io.shipgate.routes.tracking.TrackShipmentCommand} -> nothing (new events are stored). */
    public static final String TRACK_SHIPMENT = "direct:trackShipment";
    /** {@link io.shipgate.routes.shipment.ProofOfDeliveryCommand} -> {@link io.shipgate.carrier.model.ProofOfDelivery}. */
    public static final String PROOF_OF_DELIVERY = "direct:proofOfDelivery";
    /** {@link io.shipgate.routes.address.ValidateAddressCommand} -> {@link io.shipgate.carrier.model.AddressValidation}. */
    public static final String VALIDATE_ADDRESS = "direct:validateAddress";
    /** {@link io.shipgate.routes.serviceability.CheckServiceabilityCommand} -> {@link io.shipgate.carrier.model.Serviceability}. */
    public static final String CHECK_SERVICEABILITY = "direct:checkServiceability";
    /** {@link io.shipgate.routes.edd.EstimateDeliveryCommand} -> a {@code List} of {@link io.shipgate.carrier.model.Edd}. */
    public static final String ESTIMATE_DELIVERY = "direct:estimateDelivery";
    /** {@link io.shipgate.routes.pickup.SchedulePickupCommand} -> {@link io.shipgate.carrier.model.PickupConfirmation}. */
    public static final String SCHEDULE_PICKUP = "direct:schedulePickup";
    /** {@link io.shipgate.routes.pickup.CancelPickupCommand} -> nothing (the carrier cancelled the pickup). */
    public static final String CANCEL_PICKUP = "direct:cancelPickup";
    /** {@link io.shipgate.routes.manifest.CloseManifestCommand} -> {@link io.shipgate.routes.manifest.ManifestClose}. */
    public static final String CLOSE_MANIFEST = "direct:closeManifest";
    /** {@link io.shipgate.routes.tracking.CarrierWebhookCommand} -> {@link io.shipgate.routes.tracking.WebhookReceipt}. */
    public static final String CARRIER_WEBHOOK = "direct:carrierWebhook";
    /** {@link io.shipgate.routes.tracking.TrackingUpdate} -> nothing: normalized events from polling or carrier webhooks. */
    public static final String INGEST_TRACKING = "direct:ingestTracking";

    /** Nothing -> nothing: processes the stored carrier pushes that are due (the push intake's timer sends here). */
    public static final String PROCESS_PUSHES = "direct:processPushes";
    /** A stored push's id ({@link java.util.UUID}) -> nothing: hands the push to processing by the configured transport. */
    public static final String PUSH_HAND_OFF = "direct:pushHandOff";
    /** Nothing -> nothing: deletes processed pushes, and unmatched pushed tracking, past their retention (their timers send here). */
    public static final String PURGE_PUSHES = "direct:purgePushes";
    /** Nothing -> nothing: see {@link #PURGE_PUSHES}. */
    public static final String PURGE_UNMATCHED_PUSHES = "direct:purgeUnmatchedPushes";

    /** {@link io.shipgate.routes.ndr.NdrActionCommand} -> {@link io.shipgate.routes.ndr.NdrActionOutcome}: an action on an NDR case. */
    public static final String NDR_ACTION = "direct:ndrAction";
    /** Nothing -> nothing: evaluates the policies of new failed attempts and expires NDR cases past their deadline (its timer sends here). */
    public static final String PROCESS_NDR_CASES = "direct:processNdrCases";

    /** Nothing -> nothing: settles the purchase intents whose lease ended (the reconciler's timer sends here). */
    public static final String RECONCILE_PURCHASES = "direct:reconcilePurchases";

    /** Nothing -> nothing: polls the shipments and trackers whose next check is due (the poller's timer sends here). */
    public static final String POLL_TRACKING = "direct:pollTracking";

    /** Nothing -> nothing: forgets completed idempotency keys older than the retention (its timer sends here). */
    public static final String PURGE_IDEMPOTENCY_KEYS = "direct:purgeIdempotencyKeys";

    /** Nothing -> nothing: deletes outbox events delivered longer ago than the retention (its timer sends here). */
    public static final String PURGE_OUTBOX = "direct:purgeOutbox";

    /** Nothing -> nothing: fans new outbox events out to webhook endpoints and delivers the due ones (its timer sends here). */
    public static final String DISPATCH_WEBHOOKS = "direct:dispatchWebhooks";

    /** Nothing -> nothing: buys the batch rows that are due (the batch worker's timer sends here). */
    public static final String PROCESS_BATCH_ROWS = "direct:processBatchRows";

    private Endpoints() {
    }
}
