package io.shipgate.routes.shipment;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.carrier.CarrierConnection;
import io.shipgate.routes.carrier.CarrierInvoker;
import io.shipgate.routes.job.Backoff;
import io.shipgate.routes.job.DueWorkRoute;
import io.shipgate.routes.job.JobSettings;
import io.shipgate.routes.port.CarrierAccountDirectory;
import io.shipgate.routes.port.PendingPurchase;
import io.shipgate.routes.port.PurchaseIntents;
import io.shipgate.routes.port.Shipments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The purchase reconciler: settles every purchase intent whose lease ended before it was recorded
 * (the node died between the carrier's answer and the commit, or the carrier's answer never came).
 * A {@link DueWorkRoute} over {@code purchase_intents}: claimed in batches on every node, each intent
 * settled on its own (its own transactions, the carrier called outside any).
 *
 * <pre>
 * timer (shipgate.purchases.reconciler.interval, on every node) -> direct:reconcilePurchases
 *   -> claim due intents, oldest first, in a batch (FOR UPDATE SKIP LOCKED; each held for this node a while)
 *   -> split, each intent on its own, in parallel:
 *        a label bought but not stored -> void it -> intent gone, key released (cannot void: needs attention)
 *        the carrier finds purchases by idempotency key -> found: recorded exactly as if the call had returned
 *            (the same shipment row and event, the key completed with it); not found: nothing was
 *            bought -> intent gone, key released
 *        otherwise -> needs attention (an operator checks with the carrier)
 *        an attempt that fails -> tried again later (persisted, exponential backoff with jitter), then needs attention
 * </pre>
 */
@Component
public class PurchaseReconciliationRoute extends DueWorkRoute<PendingPurchase> {

    /** Intents settled, by outcome: recorded, not_bought, voided, needs_attention. */
    static final String RECONCILED = "shipgate.purchases.reconciled";
    /** Intents waiting for an operator (all tenants), as of this node's last reconciler run. */
    static final String NEEDS_ATTENTION_GAUGE = "shipgate.purchases.needs_attention";
    /** How long a claimed intent stays with the node that claimed it: longer than any carrier operation. */
    private static final Duration HOLD = Duration.ofMinutes(2);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    private final PurchaseIntents intents;
    private final CarrierAccountDirectory accounts;
    private final Shipments shipments;
    private final CarrierInvoker invoker;
    private final MeterRegistry meters;
    private final AtomicLong needingAttention = new AtomicLong();

    public PurchaseReconciliationRoute(PurchaseIntents intents, CarrierAccountDirectory accounts, Shipments shipments,
                                       CarrierInvoker invoker, Clock clock, MeterRegistry meters,
                                       @Value("${shipgate.purchases.reconciler.enabled:true}") boolean enabled,
                                       @Value("${shipgate.purchases.reconciler.interval:5s}") Duration interval,
                                       @Value("${shipgate.purchases.reconciler.batch-size:20}") int batchSize,
                                       @Value("${shipgate.purchases.reconciler.max-attempts:10}") int maxAttempts) {
        super("purchaseReconciler", Endpoints.RECONCILE_PURCHASES, new JobSettings(enabled, interval, batchSize), maxAttempts, HOLD,
                new Backoff(interval, MAX_BACKOFF.compareTo(interval) < 0 ? interval : MAX_BACKOFF), intents, clock);
        this.intents = intents;
        this.accounts = accounts;
        this.shipments = shipments;
        this.invoker = invoker;
        this.meters = meters;
        Gauge.builder(NEEDS_ATTENTION_GAUGE, needingAttention, AtomicLong::get)
                .description("purchase intents the reconciler could not settle: an operator must (GET /v1/purchase-intents)")
                .register(meters);
    }

    /** Settles one purchase; returns the outcome. A failure leaves it to a later attempt (a {@link DueWorkRoute}'s retry). */
    @Override
    protected String work(PendingPurchase purchase) {
        CreateShipmentCommand command = purchase.command();
        CarrierConnection carrier = accounts.connect(command.tenantId(), command.selection().accountId());
        if (purchase.awbToVoid() != null) {
            if (!supports(carrier, Capability.CANCEL_SHIPMENT)) {
                intents.needsAttention(purchase, carrier.carrier() + " cannot void label " + purchase.awbToVoid()
                        + ", bought but not stored: void or use it by hand");
                return NEEDS_ATTENTION;
            }
            invoker.invoke(carrier, Capability.CANCEL_SHIPMENT,
                    ctx -> carrier.adapter().cancelShipment(ctx, new ShipmentRef(purchase.awbToVoid(), null, null)));
            intents.abandon(command);
            return "voided";
        }
        if (!supports(carrier, Capability.FIND_PURCHASE)) {
            intents.needsAttention(purchase, carrier.carrier() + " cannot look a purchase up by its idempotency key: ask the carrier"
                    + " whether it sold a label for reference " + command.request().reference() + " or key " + command.carrierIdempotencyKey());
            return NEEDS_ATTENTION;
        }
        Optional<ShipmentConfirmation> bought = invoker.invoke(carrier.withIdempotencyKey(command.carrierIdempotencyKey()),
                Capability.FIND_PURCHASE, ctx -> carrier.adapter().findPurchase(ctx, command.request()));
        if (bought.isPresent()) {
            shipments.recordPurchase(command, carrier.accountId(), carrier.carrier(), bought.get());
            return "recorded";
        }
        intents.abandon(command);
        return "not_bought";
    }

    private static boolean supports(CarrierConnection carrier, Capability capability) {
        return carrier.adapter().descriptor().capabilities().supports(capability);
    }

    @Override
    protected void settled(PendingPurchase purchase, String outcome) {
        super.settled(purchase, outcome);
        meters.counter(RECONCILED, "outcome", outcome).increment();
    }

    @Override
    protected void afterRun() {
        needingAttention.set(intents.countNeedingAttention());
    }
}
