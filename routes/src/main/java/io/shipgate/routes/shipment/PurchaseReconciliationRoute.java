package io.shipgate.routes.shipment;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.carrier.CarrierConnection;
import io.shipgate.routes.carrier.CarrierInvoker;
import io.shipgate.routes.port.CarrierAccountDirectory;
import io.shipgate.routes.port.PendingPurchase;
import io.shipgate.routes.port.PurchaseIntents;
import io.shipgate.routes.port.Shipments;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The purchase reconciler: settles every purchase intent whose lease ended before it was recorded
 * (the node died between the carrier's answer and the commit, or the carrier's answer never came).
 *
 * <pre>
 * timer (shipgate.purchases.reconciler.interval, on every node) -> direct:reconcilePurchases
 *   -> claim due intents, oldest first, in a batch (FOR UPDATE SKIP LOCKED; each held for this node a while)
 *   -> split, each intent on its own, in parallel (its own transactions, the carrier called outside any):
 *        a label bought but not stored -> void it -> intent gone, key released (cannot void: needs attention)
 *        the carrier finds purchases by idempotency key -> found: recorded exactly as if the call had returned
 *            (the same shipment row and event, the key completed with it); not found: nothing was
 *            bought -> intent gone, key released
 *        otherwise -> needs attention (an operator checks with the carrier)
 *        an attempt that fails -> tried again later (persisted, exponential backoff with jitter), then needs attention
 * </pre>
 */
@Component
public class PurchaseReconciliationRoute extends RouteBuilder {

    /** Intents settled, by outcome: recorded, not_bought, voided, needs_attention. */
    static final String RECONCILED = "shipgate.purchases.reconciled";
    /** Intents waiting for an operator (all tenants), as of this node's last reconciler run. */
    static final String NEEDS_ATTENTION = "shipgate.purchases.needs_attention";
    /** How long a claimed intent stays with the node that claimed it: longer than any carrier operation. */
    private static final Duration HOLD = Duration.ofMinutes(2);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    private final PurchaseIntents intents;
    private final CarrierAccountDirectory accounts;
    private final Shipments shipments;
    private final CarrierInvoker invoker;
    private final Clock clock;
    private final MeterRegistry meters;
    private final AtomicLong needingAttention = new AtomicLong();
    private final boolean enabled;
    private final Duration interval;
    private final int batchSize;
    private final int maxAttempts;

    public PurchaseReconciliationRoute(PurchaseIntents intents, CarrierAccountDirectory accounts, Shipments shipments,
                                       CarrierInvoker invoker, Clock clock, MeterRegistry meters,
                                       @Value("${shipgate.purchases.reconciler.enabled:true}") boolean enabled,
                                       @Value("${shipgate.purchases.reconciler.interval:5s}") Duration interval,
                                       @Value("${shipgate.purchases.reconciler.batch-size:20}") int batchSize,
                                       @Value("${shipgate.purchases.reconciler.max-attempts:10}") int maxAttempts) {
        this.intents = intents;
        this.accounts = accounts;
        this.shipments = shipments;
        this.invoker = invoker;
        this.clock = clock;
        this.meters = meters;
        this.enabled = enabled;
        this.interval = interval;
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
        Gauge.builder(NEEDS_ATTENTION, needingAttention, AtomicLong::get)
                .description("purchase intents the reconciler could not settle: an operator must (GET /v1/purchase-intents)")
                .register(meters);
    }

    @Override
    public void configure() {
        from("timer:purchaseReconciler?delay=" + interval.toMillis() + "&period=" + interval.toMillis())
                .routeId("purchaseReconcilerTimer")
                .autoStartup(enabled)
                .to(Endpoints.RECONCILE_PURCHASES);

        from(Endpoints.RECONCILE_PURCHASES).routeId("reconcilePurchases")
                .process(this::claimDue)
                .split(body()).parallelProcessing()
                    .process(this::settle)
                .end()
                .process(exchange -> needingAttention.set(intents.countNeedingAttention()));
    }

    private void claimDue(Exchange exchange) {
        exchange.getIn().setBody(intents.claimDue(batchSize, clock.instant().plus(HOLD)));
    }

    private void settle(Exchange exchange) {
        PendingPurchase purchase = exchange.getIn().getBody(PendingPurchase.class);
        String outcome;
        try {
            outcome = settle(purchase);
        } catch (RuntimeException e) {
            if (purchase.attempts() >= maxAttempts) {
                intents.needsAttention(purchase, "gave up after " + purchase.attempts() + " attempts: " + e.getMessage());
                outcome = "needs_attention";
            } else {
                log.warn("purchase {}: settling it failed (attempt {}), trying again later: {}", purchase.command().purchaseId(),
                        purchase.attempts(), e.getMessage());
                intents.retryLater(purchase, clock.instant().plus(backoff(purchase.attempts())), e.getMessage());
                return;
            }
        }
        log.info("purchase {} settled: {}", purchase.command().purchaseId(), outcome);
        meters.counter(RECONCILED, "outcome", outcome).increment();
    }

    private String settle(PendingPurchase purchase) {
        CreateShipmentCommand command = purchase.command();
        CarrierConnection carrier = accounts.connect(command.tenantId(), command.selection().accountId());
        if (purchase.awbToVoid() != null) {
            if (!supports(carrier, Capability.CANCEL_SHIPMENT)) {
                intents.needsAttention(purchase, carrier.carrier() + " cannot void label " + purchase.awbToVoid()
                        + ", bought but not stored: void or use it by hand");
                return "needs_attention";
            }
            invoker.invoke(carrier, Capability.CANCEL_SHIPMENT,
                    ctx -> carrier.adapter().cancelShipment(ctx, new ShipmentRef(purchase.awbToVoid(), null, null)));
            intents.abandon(command);
            return "voided";
        }
        if (!supports(carrier, Capability.FIND_PURCHASE)) {
            intents.needsAttention(purchase, carrier.carrier() + " cannot look a purchase up by its idempotency key: ask the carrier"
                    + " whether it sold a label for reference " + command.request().reference() + " or key " + command.carrierIdempotencyKey());
            return "needs_attention";
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

    /** interval x 2^(attempt-1), at most {@link #MAX_BACKOFF}, give or take a fifth so nodes do not retry in step. */
    private Duration backoff(int attempt) {
        long millis = Math.min(MAX_BACKOFF.toMillis(), interval.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis((long) (millis * ThreadLocalRandom.current().nextDouble(0.8, 1.2)));
    }
}
