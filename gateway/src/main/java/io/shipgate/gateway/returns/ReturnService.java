package io.shipgate.gateway.returns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.ReturnRequest;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.platform.Ids;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.Problems;
import io.shipgate.gateway.platform.routes.RouteClient;
import io.shipgate.gateway.shipment.LabelDocuments;
import io.shipgate.gateway.shipment.IdempotentRequests;
import io.shipgate.gateway.shipment.ShipmentTrackers;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.port.CarrierSelection;
import io.shipgate.routes.port.ShipmentSnapshot;
import io.shipgate.routes.port.Shipments;
import io.shipgate.routes.returns.CancelReturnCommand;
import io.shipgate.routes.returns.CreateReturnCommand;
import io.shipgate.routes.returns.ReturnBooking;
import io.shipgate.routes.returns.ReturnCancellation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Customer returns: checked (request, shipment, rules) before any carrier call, booked through the return route, stored
 * with their labels, their tracker and their {@link ReturnEvent.Created} in one transaction; read, listed, cancelled.
 * An Idempotency-Key works as on {@code POST /v1/shipments} ({@link IdempotentRequests}).
 */
@Service
public class ReturnService {

    private static final Logger LOG = LoggerFactory.getLogger(ReturnService.class);

    private final RouteClient routes;
    private final ReturnChecks checks;
    private final ReturnCarrierChoice choice;
    private final JdbcReturns returns;
    private final ReturnRules rules;
    private final ShipmentTrackers trackers;
    private final Shipments shipments;
    private final IdempotentRequests keys;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;
    private final Clock clock;

    ReturnService(RouteClient routes, ReturnChecks checks, ReturnCarrierChoice choice, JdbcReturns returns, ReturnRules rules,
                  ShipmentTrackers trackers, Shipments shipments, IdempotentRequests keys, ApplicationEventPublisher events,
                  TransactionTemplate transactions, ObjectMapper json, Clock clock) {
        this.routes = routes;
        this.checks = checks;
        this.choice = choice;
        this.returns = returns;
        this.rules = rules;
        this.trackers = trackers;
        this.shipments = shipments;
        this.keys = keys;
        this.events = events;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /** A booking's answer: the return's JSON as first sent ({@code replayed}: a request with the same Idempotency-Key booked it before). */
    record Booked(UUID returnId, String body, boolean replayed) {
    }

    Booked create(UUID tenantId, String idempotencyKey, CreateReturnRequest request) {
        String digest = digest(request);
        UUID id = Ids.newId(clock);
        if (idempotencyKey != null) {
            Optional<UUID> done = keys.claim(tenantId, idempotencyKey, digest, id);
            if (done.isPresent()) {
                UUID booked = done.get();
                return new Booked(booked, keys.storedAnswer(tenantId, idempotencyKey, booked).orElseGet(() -> render(get(tenantId, booked))), true);
            }
        }
        ReturnBooking booking = null;
        ReturnRecord stored = null;
        try {
            ReturnChecks.Checked checked = checks.check(tenantId, request, clock.instant());
            ReturnCarrierChoice.Choice chosen = ReturnChecks.auto(request)
                    ? choice.choose(tenantId, request.reference(), checked.customer(), checked.warehouse(), checked.parcels())
                    : new ReturnCarrierChoice.Choice(new CarrierSelection(request.carrierAccountId(),
                    request.carrier() == null || request.carrier().isBlank() ? null : request.carrier().strip()), request.service(), null);
            ReturnRequest carrierRequest = new ReturnRequest(checked.customer(), checked.warehouse(), checked.parcels(), chosen.service(),
                    request.reference(), checked.originalAwb(), request.reason().words(), checked.customs());
            booking = routes.request(Endpoints.CREATE_RETURN, new CreateReturnCommand(tenantId, chosen.selection(), carrierRequest,
                    carrierKey(tenantId, idempotencyKey, id)), ReturnBooking.class);
            ReturnBooking bought = booking;
            stored = transactions.execute(status -> store(tenantId, id, idempotencyKey, request, checked, chosen, bought));
        } catch (RuntimeException e) {
            if (booking != null && stored == null) {
                voidAtCarrier(tenantId, booking);
            }
            if (idempotencyKey != null && stored == null) {
                keys.releaseNow(tenantId, idempotencyKey, id);
            }
            throw e;
        }
        String answer = render(ReturnMapper.view(stored));
        return new Booked(id, idempotencyKey == null ? answer : keys.answered(tenantId, idempotencyKey, id, digest, id, answer), false);
    }

    private ReturnRecord store(UUID tenantId, UUID id, String idempotencyKey, CreateReturnRequest request, ReturnChecks.Checked checked,
                               ReturnCarrierChoice.Choice chosen, ReturnBooking booking) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ShipmentConfirmation confirmation = booking.confirmation();
        UUID trackerId = trackerOf(tenantId, id, booking);
        Money charged = confirmation.charged() == null ? null
                : new Money(confirmation.charged().amount().setScale(2, RoundingMode.HALF_UP), confirmation.charged().currency());
        ReturnRecord r = new ReturnRecord(id, tenantId, checked.shipmentId(), booking.carrierAccountId(), booking.carrier(),
                confirmation.service() != null ? confirmation.service() : chosen.service(), confirmation.awb(), confirmation.carrierShipmentId(),
                trackerId, TrackingStatus.RETURN_REQUESTED, request.reason(), request.reference(), request.customerNote(), request.qcInstructions(),
                request.items(), checked.parcels(), checked.customer(), checked.warehouse(), charged, chosen.ruleVersion(), now, now, null, null,
                null, null, List.of());
        returns.insert(r, confirmation.labels(), confirmation.carrierPayload());
        if (idempotencyKey != null) {
            keys.complete(tenantId, idempotencyKey, id, id);
        }
        events.publishEvent(new ReturnEvent.Created(tenantId, id, r.shipmentId(), r.awb(), r.carrier(), r.status(), r.reason(), r.reference(),
                now));
        return returns.find(tenantId, id).orElseThrow();
    }

    /**
     * The tracker that follows the return's AWB: a new one, polled like any (or the tenant's existing tracker of it); the
     * forward shipment itself when the carrier tracks the return on the shipment's AWB.
     */
    private UUID trackerOf(UUID tenantId, UUID returnId, ReturnBooking booking) {
        Optional<ShipmentSnapshot> existing = shipments.findByAwb(tenantId, booking.carrierAccountId(), booking.confirmation().awb());
        if (existing.isPresent()) {
            return existing.get().id();
        }
        return trackers.register(tenantId, booking.carrierAccountId(), booking.carrier(), booking.confirmation().awb(), "return:" + returnId)
                .tracker().id();
    }

    /** A return booked but not stored is cancelled at the carrier where it can be (else logged for an operator). */
    private void voidAtCarrier(UUID tenantId, ReturnBooking booking) {
        ShipmentConfirmation c = booking.confirmation();
        try {
            ReturnCancellation cancelled = routes.request(Endpoints.CANCEL_RETURN, new CancelReturnCommand(tenantId, booking.carrierAccountId(),
                    new ShipmentRef(c.awb(), c.carrierShipmentId(), null)), ReturnCancellation.class);
            LOG.warn("{} return {} was booked but could not be stored; {}", booking.carrier(), c.awb(),
                    cancelled.carrierCancelled() ? "it was cancelled at the carrier" : "the carrier cannot cancel it");
        } catch (RuntimeException e) {
            LOG.error("{} return {} was booked but could not be stored, and cancelling it failed: {}", booking.carrier(), c.awb(), e.getMessage());
        }
    }

    ReturnView get(UUID tenantId, UUID id) {
        return returns.find(tenantId, id).map(ReturnMapper::view).orElseThrow(() -> ApiException.notFound("return " + id));
    }

    ReturnPage list(UUID tenantId, ReturnQuery query) {
        ReturnRecord.Page page = returns.list(tenantId, query);
        return new ReturnPage(page.returns().stream().map(ReturnMapper::view).toList(), page.nextCursor());
    }

    /** Cancels the reverse pickup before the courier has the parcel (at the carrier where it can); 409 afterwards. */
    ReturnView cancel(UUID tenantId, UUID id) {
        ReturnRecord r = returns.find(tenantId, id).orElseThrow(() -> ApiException.notFound("return " + id));
        if (r.status() == TrackingStatus.CANCELLED) {
            return ReturnMapper.view(r);
        }
        if (r.status() != TrackingStatus.RETURN_REQUESTED) {
            throw pickedUp(r);
        }
        ReturnCancellation cancellation = routes.request(Endpoints.CANCEL_RETURN, new CancelReturnCommand(tenantId, r.carrierAccountId(),
                new ShipmentRef(r.awb(), r.carrierShipmentId(), null)), ReturnCancellation.class);
        transactions.executeWithoutResult(status -> {
            Instant now = clock.instant();
            if (returns.cancelled(tenantId, id, cancellation.carrierCancelled(), now) == 1) {
                events.publishEvent(new ReturnEvent.StatusChanged(tenantId, id, r.shipmentId(), r.awb(), TrackingStatus.CANCELLED, r.status(), now));
            }
        });
        ReturnRecord now = returns.find(tenantId, id).orElseThrow();
        if (now.status() != TrackingStatus.CANCELLED) {
            throw pickedUp(now); // the tracking moved it on meanwhile
        }
        return ReturnMapper.view(now);
    }

    private static ApiException pickedUp(ReturnRecord r) {
        return new ApiException(Problems.INVALID_STATE, HttpStatus.CONFLICT, "return " + r.id() + " is " + r.status()
                + ": once the courier has picked it up it can no longer be cancelled").with("return_status", r.status());
    }

    /** The return label in a format: the carrier's own, or a PDF of its PNG labels on 4x6 pages. */
    byte[] label(UUID tenantId, UUID id, LabelFormat format, Integer parcelNumber) {
        ReturnView r = get(tenantId, id);
        Optional<byte[]> stored = returns.label(tenantId, id, format, parcelNumber == null ? 1 : parcelNumber);
        if (stored.isPresent()) {
            return stored.get();
        }
        if (format == LabelFormat.PDF) {
            List<byte[]> images = parcelNumber == null ? returns.labels(tenantId, id, LabelFormat.PNG)
                    : returns.label(tenantId, id, LabelFormat.PNG, parcelNumber).map(List::of).orElse(List.of());
            if (!images.isEmpty()) {
                return LabelDocuments.pdfOfImages(images);
            }
        }
        throw new ApiException(Problems.LABEL_NOT_AVAILABLE, HttpStatus.NOT_FOUND, "return " + id + " has no " + format + " label"
                + (parcelNumber == null ? "" : " for parcel " + parcelNumber) + (r.labels().isEmpty() ? " (" + r.carrier()
                + " issues none: its courier brings the label to the pickup)" : "")).with("available", r.labels());
    }

    public ReturnRulesView rules(UUID tenantId) {
        return rules.of(tenantId).view();
    }

    public ReturnRulesView putRules(UUID tenantId, UpdateReturnRulesRequest request) {
        return rules.put(tenantId, request.returnWindowDays(), request.nonReturnableReasons() == null ? List.of() : request.nonReturnableReasons(),
                request.nonReturnableSkus() == null ? List.of() : request.nonReturnableSkus(), clock.instant()).view();
    }

    /** The key the carrier deduplicates the booking by: the same for every retry of one Idempotency-Key. */
    private static String carrierKey(UUID tenantId, String idempotencyKey, UUID returnId) {
        return idempotencyKey == null ? "return-" + returnId : "return-" + sha256(tenantId + ":" + idempotencyKey).substring(0, 40);
    }

    private String render(ReturnView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String digest(CreateReturnRequest request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
