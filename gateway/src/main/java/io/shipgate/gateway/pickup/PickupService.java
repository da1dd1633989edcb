package io.shipgate.gateway.pickup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shipgate.carrier.model.PickupConfirmation;
import io.shipgate.carrier.model.PickupRef;
import io.shipgate.carrier.model.PickupRequest;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;
import io.shipgate.gateway.carrier.CarrierAccountService;
import io.shipgate.gateway.carrier.CarrierAccountView;
import io.shipgate.gateway.platform.Ids;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.FieldError;
import io.shipgate.gateway.platform.routes.RouteClient;
import io.shipgate.gateway.shipment.HandoverShipment;
import io.shipgate.gateway.shipment.IdempotentRequests;
import io.shipgate.gateway.shipment.ShipmentHandover;
import io.shipgate.gateway.warehouse.Warehouse;
import io.shipgate.gateway.warehouse.Warehouses;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.pickup.CancelPickupCommand;
import io.shipgate.routes.pickup.SchedulePickupCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Books and cancels courier pickups through the pickup route. Everything checkable is checked before the carrier is
 * called (warehouse, account, date, window, shipments); with an Idempotency-Key, the same request answers the first
 * booking again and never books twice.
 */
@Service
class PickupService {

    private static final Logger LOG = LoggerFactory.getLogger(PickupService.class);

    /** Pickups per page, at most. */
    static final int MAX_LIMIT = 100;

    private final RouteClient routes;
    private final PickupRepository pickups;
    private final PickupRules rules;
    private final Warehouses warehouses;
    private final CarrierAccountService accounts;
    private final ShipmentHandover shipments;
    private final IdempotentRequests keys;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final Clock clock;

    PickupService(RouteClient routes, PickupRepository pickups, PickupRules rules, Warehouses warehouses, CarrierAccountService accounts,
                  ShipmentHandover shipments, IdempotentRequests keys, ApplicationEventPublisher events, TransactionTemplate transaction,
                  ObjectMapper json, Clock clock) {
        this.routes = routes;
        this.pickups = pickups;
        this.rules = rules;
        this.warehouses = warehouses;
        this.accounts = accounts;
        this.shipments = shipments;
        this.keys = keys;
        this.events = events;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    /** A booking's answer: the pickup's JSON as first sent, and whether it replays an earlier request with the same key. */
    record Booking(UUID pickupId, String body, boolean replayed) {
    }

    Booking schedule(UUID tenantId, String idempotencyKey, SchedulePickupRequest request) {
        Warehouse warehouse = warehouses.requireActive(tenantId, request.warehouseId(), "warehouse_id");
        CarrierAccountView account = account(tenantId, request.carrierAccountId());
        List<HandoverShipment> collected = collected(tenantId, request);
        List<FieldError> errors = new ArrayList<>(rules.check(warehouse, request.date(), request.readyFrom(), request.readyUntil()));
        if (request.packageCount() == null && collected.isEmpty()) {
            errors.add(new FieldError("package_count", "is required when no shipment_ids are given"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        int packageCount = request.packageCount() != null ? request.packageCount() : collected.stream().mapToInt(HandoverShipment::pieces).sum();
        BigDecimal kilograms = collected.stream().map(HandoverShipment::weightKg).reduce(BigDecimal.ZERO, BigDecimal::add);
        PickupRequest carrierRequest = new PickupRequest(warehouse.location(), request.date(), request.readyFrom(), request.readyUntil(),
                packageCount, kilograms.signum() == 0 ? null : new Weight(kilograms, WeightUnit.KG),
                collected.stream().map(HandoverShipment::awb).toList(), request.instructions());

        String requestHash = idempotencyKey == null ? null : digest(request);
        UUID holder = Ids.newId(clock);
        if (idempotencyKey != null) {
            var earlier = keys.claim(tenantId, idempotencyKey, requestHash, holder);
            if (earlier.isPresent()) {
                UUID id = earlier.get();
                return new Booking(id, keys.storedAnswer(tenantId, idempotencyKey, id).orElseGet(() -> render(get(tenantId, id))), true);
            }
        }
        PickupConfirmation confirmation;
        try {
            confirmation = routes.request(Endpoints.SCHEDULE_PICKUP,
                    new SchedulePickupCommand(tenantId, account.id(), carrierRequest), PickupConfirmation.class);
        } catch (RuntimeException e) {
            if (idempotencyKey != null) {
                keys.releaseNow(tenantId, idempotencyKey, holder);
            }
            throw e;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        PickupRepository.Row row = new PickupRepository.Row(holder, tenantId, warehouse.id(), account.id(), account.carrier(), request.date(),
                request.readyFrom(), request.readyUntil(), packageCount, request.instructions(), "SCHEDULED", confirmation.pickupId(),
                confirmation.date() != null ? confirmation.date() : request.date(), confirmation.readyFrom(), confirmation.readyUntil(), now, null);
        List<UUID> shipmentIds = collected.stream().map(HandoverShipment::id).toList();
        try {
            transaction.executeWithoutResult(status -> {
                pickups.insert(row, kilograms.signum() == 0 ? null : kilograms.movePointRight(3).longValue(), confirmation.carrierPayload(),
                        shipmentIds);
                events.publishEvent(new PickupEvent.Scheduled(tenantId, row.id(), warehouse.id(), account.id(), account.carrier(),
                        confirmation.pickupId(), row.confirmedDate(), packageCount, now));
                if (idempotencyKey != null) {
                    keys.complete(tenantId, idempotencyKey, holder, row.id());
                }
            });
        } catch (RuntimeException e) {
            undo(tenantId, account, warehouse, confirmation, idempotencyKey, holder);
            throw e;
        }
        String body = render(row.view(shipmentIds));
        return new Booking(row.id(), idempotencyKey == null ? body : keys.answered(tenantId, idempotencyKey, holder, requestHash, row.id(), body),
                false);
    }

    /** A pickup booked but not stored is cancelled at the carrier (else it is logged for an operator), and the key given back. */
    private void undo(UUID tenantId, CarrierAccountView account, Warehouse warehouse, PickupConfirmation confirmation, String idempotencyKey,
                      UUID holder) {
        try {
            routes.send(Endpoints.CANCEL_PICKUP, new CancelPickupCommand(tenantId, account.id(),
                    new PickupRef(confirmation.pickupId(), confirmation.date(), warehouse.location())));
            LOG.warn("{} pickup {} was booked but could not be stored; it was cancelled at the carrier", account.carrier(), confirmation.pickupId());
        } catch (RuntimeException cancelFailure) {
            LOG.error("{} pickup {} was booked but could not be stored, and cancelling it failed: cancel it with the carrier ({})",
                    account.carrier(), confirmation.pickupId(), cancelFailure.getMessage());
        }
        if (idempotencyKey != null) {
            keys.releaseNow(tenantId, idempotencyKey, holder);
        }
    }

    PickupView get(UUID tenantId, UUID id) {
        PickupRepository.Row row = pickups.find(tenantId, id).orElseThrow(() -> ApiException.notFound("pickup " + id));
        return row.view(pickups.shipments(tenantId, List.of(id)).get(id));
    }

    PickupList list(UUID tenantId, UUID warehouseId, UUID carrierAccountId, LocalDate date, String status, UUID after, int limit) {
        List<PickupRepository.Row> rows = pickups.list(tenantId, warehouseId, carrierAccountId, date, status, after, limit + 1);
        List<PickupRepository.Row> page = rows.size() > limit ? rows.subList(0, limit) : rows;
        Map<UUID, List<UUID>> attached = pickups.shipments(tenantId, page.stream().map(PickupRepository.Row::id).toList());
        return new PickupList(page.stream().map(r -> r.view(attached.get(r.id()))).toList(),
                rows.size() > limit ? page.getLast().id().toString() : null);
    }

    /** Cancels the pickup at the carrier, then here; cancelling twice is no error. */
    PickupView cancel(UUID tenantId, UUID id) {
        PickupRepository.Row row = pickups.find(tenantId, id).orElseThrow(() -> ApiException.notFound("pickup " + id));
        if ("CANCELLED".equals(row.status())) {
            return get(tenantId, id);
        }
        Warehouse warehouse = warehouses.find(tenantId, row.warehouseId()).orElseThrow();
        routes.send(Endpoints.CANCEL_PICKUP, new CancelPickupCommand(tenantId, row.carrierAccountId(),
                new PickupRef(row.carrierPickupId(), row.confirmedDate(), warehouse.location())));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        transaction.executeWithoutResult(status -> {
            if (pickups.cancel(tenantId, id, now)) {
                events.publishEvent(new PickupEvent.Cancelled(tenantId, id, row.warehouseId(), row.carrier(), row.carrierPickupId(), now));
            }
        });
        return get(tenantId, id);
    }

    private CarrierAccountView account(UUID tenantId, UUID id) {
        CarrierAccountView account;
        try {
            account = accounts.get(tenantId, id);
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw ApiException.notFound("carrier account " + id).with("errors", List.of(new FieldError("carrier_account_id",
                        "no such carrier account of this tenant")));
            }
            throw e;
        }
        if (!account.enabled()) {
            throw ApiException.invalid("carrier_account_id", "carrier account " + id + " is disabled");
        }
        return account;
    }

    /** The shipments listed, each checked: the tenant's, on the account, of the warehouse (or none), awaiting the courier. */
    private List<HandoverShipment> collected(UUID tenantId, SchedulePickupRequest request) {
        if (request.shipmentIds() == null || request.shipmentIds().isEmpty()) {
            return List.of();
        }
        List<UUID> ids = List.copyOf(new LinkedHashSet<>(request.shipmentIds()));
        Map<UUID, HandoverShipment> found = shipments.find(tenantId, ids).stream()
                .collect(Collectors.toMap(HandoverShipment::id, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = "shipment_ids[" + i + "]";
            HandoverShipment s = found.get(ids.get(i));
            if (s == null) {
                errors.add(new FieldError(field, "no such shipment of this tenant"));
            } else if (!s.carrierAccountId().equals(request.carrierAccountId())) {
                errors.add(new FieldError(field, "was bought on another carrier account"));
            } else if (s.warehouseId() != null && !s.warehouseId().equals(request.warehouseId())) {
                errors.add(new FieldError(field, "leaves from another warehouse"));
            } else if (!s.awaitingHandover()) {
                errors.add(new FieldError(field, "is " + s.status() + ": only shipments the carrier has yet to pick up can be collected"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return ids.stream().map(found::get).toList();
    }

    private String render(PickupView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String digest(SchedulePickupRequest request) {
        try {
            byte[] canonical = json.writeValueAsBytes(Map.of("pickup", request));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
