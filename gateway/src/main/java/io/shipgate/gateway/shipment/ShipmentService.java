package io.shipgate.gateway.shipment;

import io.shipgate.gateway.platform.paging.PageCursor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.ProofOfDelivery;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.FieldError;
import io.shipgate.gateway.platform.problem.Problems;
import io.shipgate.gateway.platform.Ids;
import io.shipgate.gateway.platform.routes.RouteClient;
import io.shipgate.gateway.warehouse.Warehouses;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.port.Shipment;
import io.shipgate.routes.shipment.CancelOutcome;
import io.shipgate.routes.shipment.CancelShipmentCommand;
import io.shipgate.routes.shipment.CreateShipmentCommand;
import io.shipgate.routes.shipment.ProofOfDeliveryCommand;
import io.shipgate.routes.shipment.ShipmentPurchase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import java.security.MessageDigest;
import java.time.Clock;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Shipments: buying labels through the shipment route, reading them back, cancelling. */
@Service
class ShipmentService {

    private static final Logger LOG = LoggerFactory.getLogger(ShipmentService.class);

    private final RouteClient routes;
    private final ShipmentRepository shipments;
    private final JdbcPurchaseIntents intents;
    private final JdbcIdempotencyKeys keys;
    private final ObjectMapper json;
    private final Clock clock;
    private final ObjectProvider<CarrierChooser> chooser;
    private final PendingDecisions decisions;
    private final Warehouses warehouses;
    private final PendingWarehouses pendingWarehouses;
    private final List<CancellationGuard> cancellationGuards;

    ShipmentService(RouteClient routes, ShipmentRepository shipments, JdbcPurchaseIntents intents, JdbcIdempotencyKeys keys,
                    ObjectMapper json, Clock clock, ObjectProvider<CarrierChooser> chooser, PendingDecisions decisions,
                    Warehouses warehouses, PendingWarehouses pendingWarehouses, List<CancellationGuard> cancellationGuards) {
        this.warehouses = warehouses;
        this.pendingWarehouses = pendingWarehouses;
        this.cancellationGuards = cancellationGuards;
        this.chooser = chooser;
        this.decisions = decisions;
        this.routes = routes;
        this.shipments = shipments;
        this.intents = intents;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A purchase's answer: the shipment's JSON as first sent.
     *
     * @param replayed the same request with the same Idempotency-Key bought it before: {@code body} is that answer, byte for byte
     */
    public record Purchase(UUID shipmentId, String body, boolean replayed) {
    }

    /** Buys the label through the shipment route; a replayed Idempotency-Key answers the original answer. */
    public Purchase create(UUID tenantId, String idempotencyKey, CreateShipmentRequest request) {
        checkBeyondAnnotations(request);
        if (request.warehouseId() != null) {
            warehouses.requireActive(tenantId, request.warehouseId(), "warehouse_id");
        }
        // the digest is of the request as sent: a replay of a carrier "auto" purchase is the same request whatever it chose
        String digest = digest(request);
        CarrierChooser.CarrierChoice choice = auto(request) ? choose(tenantId, request) : null;
        CreateShipmentRequest buying = choice == null ? request : ShipmentMapper.chosen(request, choice);
        CreateShipmentCommand command = new CreateShipmentCommand(tenantId, idempotencyKey, digest,
                ShipmentMapper.selection(buying), ShipmentMapper.toShipmentRequest(buying), Ids.newId(clock));
        if (choice != null) {
            decisions.put(command.purchaseId(), choice.decision());
        }
        if (request.warehouseId() != null) {
            pendingWarehouses.put(command.purchaseId(), request.warehouseId());
        }
        try {
            return switch (routes.request(Endpoints.CREATE_SHIPMENT, command, ShipmentPurchase.class)) {
                case ShipmentPurchase.Bought bought -> new Purchase(bought.shipmentId(), firstAnswer(command, bought.shipment(),
                        choice == null ? null : choice.decision(), request.warehouseId()), false);
                case ShipmentPurchase.Replayed replayed -> new Purchase(replayed.shipmentId(),
                        replay(tenantId, idempotencyKey, replayed.shipmentId()), true);
            };
        } finally {
            decisions.remove(command.purchaseId());
            pendingWarehouses.remove(command.purchaseId());
        }
    }

    private static boolean auto(CreateShipmentRequest request) {
        return request.carrier() != null && CarrierChooser.AUTO.equalsIgnoreCase(request.carrier().strip());
    }

    private CarrierChooser.CarrierChoice choose(UUID tenantId, CreateShipmentRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.carrierAccountId() != null) {
            errors.add(new FieldError("carrier_account_id", "must be absent with carrier \"auto\", which chooses the account"));
        }
        if (request.service() != null) {
            errors.add(new FieldError("service", "must be absent with carrier \"auto\", which chooses the service (service_level narrows it)"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        CarrierChooser available = chooser.getIfAvailable();
        if (available == null) {
            throw ApiException.invalid("carrier", "\"auto\" needs the recommendation module, which this gateway runs without");
        }
        return available.choose(tenantId, request);
    }

    /**
     * The answer to the purchase, rendered from the shipment just stored and, with an Idempotency-Key,
     * stored with the key before this node's requests waiting for it are woken to replay it. A failure
     * to store it is no failure of the purchase: a replay then renders the stored shipment.
     */
    private String firstAnswer(CreateShipmentCommand command, Shipment shipment, ShipmentDecisionView decision, UUID warehouseId) {
        if (command.idempotencyKey() == null) {
            return render(shipment, decision, warehouseId);
        }
        try {
            String answer = render(shipment, decision, warehouseId);
            try {
                return keys.storeAnswer(command.tenantId(), command.idempotencyKey(), shipment.id(), answer);
            } catch (RuntimeException e) {
                LOG.warn("shipment {}: its answer could not be stored with its Idempotency-Key (a replay renders it): {}", shipment.id(),
                        e.getMessage());
                return answer;
            }
        } finally {
            keys.answered(command.tenantId(), command.idempotencyKey(), command.purchaseId(), command.requestHash(), shipment.id());
        }
    }

    /**
     * The answer first given for the key's purchase; none is stored when the reconciler recorded the
     * purchase (or this answer's node stopped before storing it): the first replay renders the stored
     * shipment, and every later one answers the same bytes.
     */
    private String replay(UUID tenantId, String idempotencyKey, UUID shipmentId) {
        return keys.storedAnswer(tenantId, idempotencyKey, shipmentId).orElseGet(() -> keys.storeAnswer(tenantId, idempotencyKey,
                shipmentId, render(shipments.find(tenantId, shipmentId).orElseThrow(() -> ApiException.notFound("shipment " + shipmentId)),
                        shipments.decision(tenantId, shipmentId).orElse(null), shipments.warehouse(tenantId, shipmentId).orElse(null))));
    }

    private String render(Shipment shipment, ShipmentDecisionView decision, UUID warehouseId) {
        try {
            return json.writeValueAsString(ShipmentMapper.view(shipment, decision, warehouseId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tenant's purchases not settled yet, newest first: running, waiting for the reconciler, or needing an operator. */
    public List<PurchaseIntentView> unsettledPurchases(UUID tenantId, PurchaseIntentState state, int limit) {
        return intents.list(tenantId, state, limit);
    }

    public ShipmentView get(UUID tenantId, UUID id) {
        Shipment shipment = shipments.find(tenantId, id).orElseThrow(() -> ApiException.notFound("shipment " + id));
        return ShipmentMapper.view(shipment, shipments.decision(tenantId, id).orElse(null), shipments.warehouse(tenantId, id).orElse(null));
    }

    public ShipmentPage list(UUID tenantId, ShipmentQuery query) {
        List<ShipmentSummaryView> rows = shipments.list(tenantId, query);
        if (rows.size() <= query.limit()) {
            return new ShipmentPage(rows, null);
        }
        List<ShipmentSummaryView> page = rows.subList(0, query.limit());
        ShipmentSummaryView last = page.getLast();
        return new ShipmentPage(page, new PageCursor(last.createdAt(), last.id()).encode());
    }

    /**
     * The label document in a format: the carrier's own, or for a PDF from a carrier that issues
     * image labels only, the PNG labels rendered onto 4x6 pages.
     *
     * @param parcelNumber one parcel's label, or null for the document of every parcel (else parcel 1)
     */
    public byte[] label(UUID tenantId, UUID id, LabelFormat format, Integer parcelNumber) {
        Optional<byte[]> stored = shipments.label(tenantId, id, format, parcelNumber == null ? 1 : parcelNumber);
        if (stored.isPresent()) {
            return stored.get();
        }
        if (format == LabelFormat.PDF) {
            List<byte[]> images = parcelNumber == null
                    ? shipments.labels(tenantId, id, LabelFormat.PNG)
                    : shipments.label(tenantId, id, LabelFormat.PNG, parcelNumber).map(List::of).orElse(List.of());
            if (!images.isEmpty()) {
                return LabelDocuments.pdfOfImages(images);
            }
        }
        ShipmentView shipment = get(tenantId, id);
        throw new ApiException(Problems.LABEL_NOT_AVAILABLE, HttpStatus.NOT_FOUND,
                "shipment " + id + " has no " + format + " label" + (parcelNumber == null ? "" : " for parcel " + parcelNumber))
                .with("available", shipment.labels());
    }

    /** A document the carrier issued with the label (e.g. its commercial invoice). */
    public TradeDocument document(UUID tenantId, UUID id, int number) {
        return shipments.document(tenantId, id, number).orElseThrow(() -> ApiException.notFound("document " + number + " of shipment " + id));
    }

    /** The carrier's proof of delivery (who signed, when, its documents). */
    public ProofOfDeliveryView proofOfDelivery(UUID tenantId, UUID id) {
        return ShipmentMapper.view(routes.request(Endpoints.PROOF_OF_DELIVERY, new ProofOfDeliveryCommand(tenantId, id), ProofOfDelivery.class));
    }

    /** Voids the label; once the carrier has the parcel, asks it to return the parcel to origin where it can. */
    public ShipmentCancellationView cancel(UUID tenantId, UUID id) {
        cancellationGuards.forEach(guard -> guard.checkCancellable(tenantId, id));
        CancelOutcome outcome = routes.request(Endpoints.CANCEL_SHIPMENT, new CancelShipmentCommand(tenantId, id), CancelOutcome.class);
        return new ShipmentCancellationView(outcome == CancelOutcome.RTO_REQUESTED ? ShipmentCancellationView.RTO_REQUESTED
                : ShipmentCancellationView.CANCELLED, get(tenantId, id));
    }

    /** The rules Bean Validation cannot say: a carrier must be chosen; a cross-border shipment declares customs. */
    private static void checkBeyondAnnotations(CreateShipmentRequest request) {
        List<FieldError> errors = beyondAnnotations(request);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /** What {@link #checkBeyondAnnotations} finds wrong, without throwing (a batch reports it per row). */
    static List<FieldError> beyondAnnotations(CreateShipmentRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.carrierAccountId() == null && (request.carrier() == null || request.carrier().isBlank())) {
            errors.add(new FieldError("carrier_account_id", "is required (or carrier, when the tenant has one account of it)"));
        }
        if (!request.shipper().country().equals(request.recipient().country()) && request.customs() == null) {
            errors.add(new FieldError("customs", "is required for a cross-border shipment (" + request.shipper().country()
                    + " to " + request.recipient().country() + "): contents, incoterm, duties payer and items with HS codes"));
        }
        return errors;
    }

    private String digest(CreateShipmentRequest request) {
        try {
            byte[] canonical = json.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
