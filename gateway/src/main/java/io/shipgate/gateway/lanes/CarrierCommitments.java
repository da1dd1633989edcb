package io.shipgate.gateway.lanes;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.Edd;
import io.shipgate.carrier.model.EddRequest;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.gateway.carrier.CarrierAccountService;
import io.shipgate.gateway.carrier.CarrierAccountView;
import io.shipgate.gateway.platform.routes.RouteClient;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.edd.EstimateDeliveryCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The carriers' own committed delivery dates ({@code ESTIMATE_DELIVERY}: UPS Time in Transit, FedEx and DHL commit dates,
 * the sandbox's), asked of every account that has them at once, through the estimate-delivery route (circuit breaker,
 * time limit), all within one bound: an account that does not answer in time, or fails, has none. Only on request
 * ({@code include_carrier_commitment}): the EDD's default path calls no carrier.
 */
@Component
class CarrierCommitments {

    private static final Logger LOG = LoggerFactory.getLogger(CarrierCommitments.class);
    /** The whole fan-out's bound, each call's time limit included. */
    static final Duration BOUND = Duration.ofSeconds(2);

    private final CarrierAccountService accounts;
    private final RouteClient routes;

    CarrierCommitments(CarrierAccountService accounts, RouteClient routes) {
        this.accounts = accounts;
        this.routes = routes;
    }

    /** The commitments of those of the accounts that give them, by account; an account without any is left out. */
    Map<UUID, List<Edd>> ask(UUID tenantId, Set<UUID> accountIds, String originCountry, String originPostalCode,
                             String destinationCountry, String destinationPostalCode, LocalDate shipDate) {
        List<CarrierAccountView> asked = accounts.list(tenantId).stream()
                .filter(a -> accountIds.contains(a.id()) && a.capabilities().contains(Capability.ESTIMATE_DELIVERY)).toList();
        Map<UUID, List<Edd>> answers = new HashMap<>();
        if (asked.isEmpty()) {
            return answers;
        }
        EddRequest request = new EddRequest(Address.location(originPostalCode, originCountry),
                Address.location(destinationPostalCode, destinationCountry), shipDate, null, null);
        // not closed with try-with-resources: close() would wait for a call that outlives the bound
        ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();
        try {
            Map<UUID, Future<List<Edd>>> pending = new HashMap<>();
            for (CarrierAccountView account : asked) {
                pending.put(account.id(), calls.submit(() -> commitments(tenantId, account.id(), request)));
            }
            long deadline = System.nanoTime() + BOUND.toNanos();
            pending.forEach((id, future) -> {
                try {
                    List<Edd> edds = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    if (edds != null && !edds.isEmpty()) {
                        answers.put(id, edds);
                    }
                } catch (Exception e) {
                    future.cancel(true);
                    LOG.info("carrier account {}: no delivery commitment ({})", id, e instanceof java.util.concurrent.ExecutionException
                            ? e.getCause().toString() : e.toString());
                }
            });
        } finally {
            calls.shutdownNow();
        }
        return answers;
    }

    @SuppressWarnings("unchecked")
    private List<Edd> commitments(UUID tenantId, UUID accountId, EddRequest request) {
        return routes.request(Endpoints.ESTIMATE_DELIVERY, new EstimateDeliveryCommand(tenantId, accountId, request, BOUND), List.class);
    }
}
