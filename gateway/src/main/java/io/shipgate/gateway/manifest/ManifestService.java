package io.shipgate.gateway.manifest;

import io.shipgate.carrier.model.ManifestRequest;
import io.shipgate.carrier.model.Money;
import io.shipgate.gateway.carrier.CarrierAccountService;
import io.shipgate.gateway.carrier.CarrierAccountView;
import io.shipgate.gateway.platform.Ids;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.FieldError;
import io.shipgate.gateway.platform.problem.Problems;
import io.shipgate.gateway.platform.routes.RouteClient;
import io.shipgate.gateway.shipment.HandoverShipment;
import io.shipgate.gateway.shipment.MoneyView;
import io.shipgate.gateway.shipment.ShipmentHandover;
import io.shipgate.gateway.warehouse.Warehouse;
import io.shipgate.gateway.warehouse.Warehouses;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.manifest.CloseManifestCommand;
import io.shipgate.routes.manifest.ManifestClose;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Closes the day for a carrier account at a warehouse: collects the shipments not yet manifested (or the ones listed,
 * each checked), closes the day at the carrier where it can (the manifest route), prints the PDF and stores it all in
 * one transaction; a shipment is on one manifest only (manifest_shipments_once).
 */
@Service
class ManifestService {

    /** Shipments per manifest, at most; more wait for the next one. */
    static final int MAX_SHIPMENTS = 2000;
    static final int MAX_LIMIT = 100;
    private static final int CANDIDATES = 5000;

    private final RouteClient routes;
    private final ManifestRepository manifests;
    private final Warehouses warehouses;
    private final CarrierAccountService accounts;
    private final ShipmentHandover shipments;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ManifestService(RouteClient routes, ManifestRepository manifests, Warehouses warehouses, CarrierAccountService accounts,
                    ShipmentHandover shipments, ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.routes = routes;
        this.manifests = manifests;
        this.warehouses = warehouses;
        this.accounts = accounts;
        this.shipments = shipments;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    ManifestView create(UUID tenantId, CreateManifestRequest request) {
        Warehouse warehouse = warehouses.requireActive(tenantId, request.warehouseId(), "warehouse_id");
        CarrierAccountView account = account(tenantId, request.carrierAccountId());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = warehouse.today(now);
        LocalDate date = request.date() != null ? request.date() : today;
        if (date.isAfter(today)) {
            throw ApiException.invalid("date", "is after today (" + today + " at the warehouse): a day is closed when it ends, not before");
        }
        List<HandoverShipment> handedOver = request.shipmentIds() == null || request.shipmentIds().isEmpty()
                ? unmanifested(tenantId, account.id(), warehouse, date, now)
                : listed(tenantId, request);
        if (handedOver.isEmpty()) {
            throw ApiException.invalid("warehouse_id", "no shipment of carrier account " + account.id() + " at warehouse " + warehouse.name()
                    + " awaits a manifest");
        }
        ManifestClose close = routes.request(Endpoints.CLOSE_MANIFEST, new CloseManifestCommand(tenantId, account.id(),
                new ManifestRequest(date, warehouse.location(), handedOver.stream().map(HandoverShipment::ref).toList())), ManifestClose.class);

        UUID id = Ids.newId(clock);
        List<ManifestRepository.ManifestLine> lines = handedOver.stream().map(s -> new ManifestRepository.ManifestLine(s.id(), s.awb(),
                s.reference(), s.pieces(), s.weightKg(), s.cod() == null ? null : s.cod().amount(), s.cod() == null ? null : s.cod().currency()))
                .toList();
        int pieces = lines.stream().mapToInt(ManifestRepository.ManifestLine::pieces).sum();
        BigDecimal kilograms = lines.stream().map(ManifestRepository.ManifestLine::weightKg).reduce(BigDecimal.ZERO.setScale(3), BigDecimal::add);
        Map<String, BigDecimal> cod = new TreeMap<>();
        handedOver.stream().map(HandoverShipment::cod).filter(java.util.Objects::nonNull).forEach(m -> cod.merge(m.currency(), m.amount(), BigDecimal::add));
        List<MoneyView> codTotals = cod.entrySet().stream().map(e -> new MoneyView(e.getValue(), e.getKey())).toList();
        String carrierStatus = close instanceof ManifestClose.Closed ? "CLOSED" : "NOT_SUPPORTED";
        String carrierManifestId = close instanceof ManifestClose.Closed closed ? closed.confirmation().manifestId() : null;
        String carrierPayload = close instanceof ManifestClose.Closed closed ? closed.confirmation().carrierPayload() : null;
        ManifestRepository.Row row = new ManifestRepository.Row(id, tenantId, account.id(), account.carrier(), warehouse.id(), date,
                carrierStatus, carrierManifestId, lines.size(), pieces, kilograms, codTotals, now);

        byte[] document = ManifestDocument.render(
                new ManifestDocument.Header(id.toString(), account.carrier(), account.name(), account.id().toString(), warehouse.name(),
                        address(warehouse), date, carrierManifestId != null ? "closed at the carrier, manifest " + carrierManifestId
                        : account.carrier() + " has no end-of-day close: this manifest is the handover record"),
                lines.stream().map(l -> new ManifestDocument.Row(l.awb(), l.reference(), l.pieces(), l.weightKg(),
                        l.codAmount() == null ? null : money(l.codAmount(), l.codCurrency()))).toList(),
                new ManifestDocument.Totals(lines.size(), pieces, kilograms, codTotals.isEmpty() ? "none"
                        : codTotals.stream().map(m -> money(m.amount(), m.currency())).collect(Collectors.joining(", "))));
        try {
            transaction.executeWithoutResult(status -> {
                manifests.insert(row, carrierPayload, document, lines);
                events.publishEvent(new ManifestEvent.Created(tenantId, id, warehouse.id(), account.id(), account.carrier(), date, carrierStatus,
                        carrierManifestId, lines.size(), now));
            });
        } catch (DuplicateKeyException e) {
            throw new ApiException(Problems.INVALID_STATE, HttpStatus.CONFLICT,
                    "a shipment of this manifest was put on another manifest meanwhile: close the day again to manifest the rest");
        }
        return row.view(lines);
    }

    ManifestView get(UUID tenantId, UUID id) {
        return manifests.find(tenantId, id).orElseThrow(() -> ApiException.notFound("manifest " + id)).view(manifests.lines(tenantId, id));
    }

    byte[] document(UUID tenantId, UUID id) {
        return manifests.document(tenantId, id).orElseThrow(() -> ApiException.notFound("manifest " + id));
    }

    ManifestList list(UUID tenantId, UUID warehouseId, UUID carrierAccountId, LocalDate date, UUID after, int limit) {
        List<ManifestRepository.Row> rows = manifests.list(tenantId, warehouseId, carrierAccountId, date, after, limit + 1);
        List<ManifestRepository.Row> page = rows.size() > limit ? rows.subList(0, limit) : rows;
        return new ManifestList(page.stream().map(ManifestRepository.Row::summary).toList(), rows.size() > limit ? page.getLast().id().toString() : null);
    }

    /** Every shipment of the account at the warehouse awaiting the courier, bought by the end of the date, on no manifest yet. */
    private List<HandoverShipment> unmanifested(UUID tenantId, UUID accountId, Warehouse warehouse, LocalDate date, Instant now) {
        Instant endOfDay = date.plusDays(1).atStartOfDay(warehouse.timeZone()).toInstant();
        List<HandoverShipment> candidates = shipments.awaitingHandover(tenantId, accountId, warehouse.id(),
                endOfDay.isBefore(now) ? endOfDay : now.plusNanos(1000), CANDIDATES);
        Set<UUID> taken = manifests.manifested(tenantId, candidates.stream().map(HandoverShipment::id).toList());
        return candidates.stream().filter(s -> !taken.contains(s.id())).limit(MAX_SHIPMENTS).toList();
    }

    /** The shipments listed, each checked: the tenant's, on the account, at the warehouse, awaiting the courier, on no manifest. */
    private List<HandoverShipment> listed(UUID tenantId, CreateManifestRequest request) {
        List<UUID> ids = List.copyOf(new LinkedHashSet<>(request.shipmentIds()));
        Map<UUID, HandoverShipment> found = shipments.find(tenantId, ids).stream().collect(Collectors.toMap(HandoverShipment::id, Function.identity()));
        Set<UUID> taken = manifests.manifested(tenantId, ids);
        List<FieldError> errors = new ArrayList<>();
        boolean conflict = false;
        for (int i = 0; i < ids.size(); i++) {
            String field = "shipment_ids[" + i + "]";
            HandoverShipment s = found.get(ids.get(i));
            if (s == null) {
                errors.add(new FieldError(field, "no such shipment of this tenant"));
            } else if (!s.carrierAccountId().equals(request.carrierAccountId())) {
                errors.add(new FieldError(field, "was bought on another carrier account"));
            } else if (s.warehouseId() != null && !s.warehouseId().equals(request.warehouseId())) {
                errors.add(new FieldError(field, "leaves from another warehouse"));
            } else if (taken.contains(s.id())) {
                errors.add(new FieldError(field, "is on a manifest already"));
                conflict = true;
            } else if (!s.awaitingHandover()) {
                errors.add(new FieldError(field, "is " + s.status() + ": only shipments the carrier has yet to pick up are manifested"));
            }
        }
        if (conflict && errors.stream().allMatch(e -> e.message().equals("is on a manifest already"))) {
            throw new ApiException(Problems.INVALID_STATE, HttpStatus.CONFLICT, "shipments listed are on a manifest already: a shipment is on one "
                    + "manifest only").with("errors", errors);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return ids.stream().map(found::get).toList();
    }

    private CarrierAccountView account(UUID tenantId, UUID id) {
        try {
            return accounts.get(tenantId, id);
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw ApiException.notFound("carrier account " + id).with("errors", List.of(new FieldError("carrier_account_id",
                        "no such carrier account of this tenant")));
            }
            throw e;
        }
    }

    private static String address(Warehouse w) {
        return java.util.stream.Stream.of(w.location().street1(), w.location().street2(), w.location().city(), w.location().state(),
                        w.location().postalCode(), w.location().country())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
    }

    private static String money(BigDecimal amount, String currency) {
        return new Money(amount, currency).amount().toPlainString() + " " + currency;
    }
}
