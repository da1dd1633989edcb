package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.Cancellation;
import io.shipgate.carrier.model.CarrierMessage;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.spi.CarrierTimes;
import io.shipgate.gateway.platform.Ids;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.routes.port.Shipment;
import io.shipgate.routes.port.ShipmentSnapshot;
import io.shipgate.routes.port.Shipments;
import io.shipgate.routes.tracking.PollingSettings;
import io.shipgate.routes.shipment.CreateShipmentCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/** The shipments in PostgreSQL, for the routes: each change and its {@link ShipmentEvent} in one transaction. */
@Component
class JdbcShipments implements Shipments {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcShipments.class);
    private static final int MAX_MESSAGE_TEXT = 1000;

    private final ShipmentRepository shipments;
    private final JdbcPurchaseIntents intents;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PollingSettings polling;
    private final PendingDecisions decisions;
    private final PendingWarehouses warehouses;

    JdbcShipments(ShipmentRepository shipments, JdbcPurchaseIntents intents, ApplicationEventPublisher events, Clock clock,
                  PollingSettings polling, PendingDecisions decisions, PendingWarehouses warehouses) {
        this.warehouses = warehouses;
        this.polling = polling;
        this.decisions = decisions;
        this.shipments = shipments;
        this.intents = intents;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Shipment recordPurchase(CreateShipmentCommand command, UUID carrierAccountId, String carrier, ShipmentConfirmation bought) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ShipmentRequest request = command.request();
        UUID id = Ids.newId(clock);
        List<Shipment.StoredParcel> parcels = IntStream.range(0, request.parcels().size())
                .mapToObj(i -> Shipment.StoredParcel.of(i + 1, request.parcels().get(i), trackingNumber(bought, i, request.parcels().size())))
                .toList();
        List<Shipment.LabelKey> labels = bought.labels().stream()
                .map(l -> new Shipment.LabelKey(l.format(), l.parcelNumber() == null ? 0 : l.parcelNumber()))
                .sorted(Comparator.comparing((Shipment.LabelKey k) -> k.format().name()).thenComparingInt(Shipment.LabelKey::parcelNumber))
                .toList();
        List<Shipment.DocumentKey> documents = IntStream.range(0, bought.documents().size())
                .mapToObj(i -> new Shipment.DocumentKey(i + 1, bought.documents().get(i).type(), bought.documents().get(i).fileName(),
                        bought.documents().get(i).contentType()))
                .toList();
        // the shipper's date, as a person there reads it on the label (behaviour 11), not the server's
        LocalDate shipDate = request.options().shipDate() != null ? request.options().shipDate() : CarrierTimes.today(clock, request.shipper());
        // an estimate before the ship date is none (behaviour 11)
        DeliveryWindow window = DeliveryWindow.of(shipDate, bought.estimatedDelivery(), null);
        // built as GET /v1/shipments/{id} reads it back, so the purchase's answer needs no read
        Shipment shipment = new Shipment(id, command.tenantId(), carrierAccountId, carrier,
                bought.service() != null ? bought.service() : request.service(), request.serviceLevel(), bought.awb(),
                bought.carrierShipmentId(), TrackingStatus.MANIFESTED, request.reference(), shipDate,
                window == null ? null : window.estimated(), window == null ? null : window.latest(), Shipment.charged(bought.charged()),
                request.shipper(), request.recipient(), request.options(), withoutDocumentContent(request.customs()), now, now, null, null,
                null, null, parcels, labels, documents, bounded(bought.messages()), now.plus(polling.preTransit()));
        shipments.insert(shipment, bought.carrierPayload(), bought.labels(), bought.documents());
        decisions.get(command.purchaseId()).ifPresent(decision -> shipments.recordDecision(command.tenantId(), id, decision));
        warehouses.get(command.purchaseId()).ifPresent(warehouse -> shipments.recordWarehouse(command.tenantId(), id, warehouse));
        shipment.messages().stream().filter(m -> CarrierMessage.LABEL_UNREADABLE.equals(m.code())).forEach(m ->
                LOG.warn("{} shipment {} ({}): the carrier sold a label that could not be read; stored without it: {}", carrier, id,
                        bought.awb(), m.text()));
        events.publishEvent(new ShipmentEvent.Created(shipment.tenantId(), id, shipment.awb(), carrier, shipment.status(),
                shipment.reference(), now));
        intents.settled(command, id);
        return shipment;
    }

    @Override
    public ShipmentSnapshot load(UUID tenantId, UUID shipmentId) {
        return shipments.snapshot(tenantId, shipmentId).orElseThrow(() -> ApiException.notFound("shipment " + shipmentId));
    }

    @Override
    public ShipmentSnapshot loadTrackable(UUID tenantId, UUID shipmentId) {
        return shipments.trackable(tenantId, shipmentId).orElseThrow(() -> ApiException.notFound("shipment " + shipmentId));
    }

    @Override
    public Optional<ShipmentSnapshot> findByAwb(UUID tenantId, UUID carrierAccountId, String awb) {
        return shipments.snapshotByAwb(tenantId, carrierAccountId, awb);
    }

    @Override
    public List<ShipmentSnapshot> findByAwbs(List<UUID> carrierAccountIds, List<String> awbs) {
        return carrierAccountIds.isEmpty() ? List.of() : shipments.snapshotsByAwb(carrierAccountIds, awbs);
    }

    @Override
    @Transactional
    public void recordCancelled(ShipmentSnapshot shipment, Cancellation cancellation) {
        Instant now = clock.instant();
        if (shipments.markCancelled(shipment.tenantId(), shipment.id(), now) == 1) {
            events.publishEvent(new ShipmentEvent.Cancelled(shipment.tenantId(), shipment.id(), shipment.ref().awb(),
                    cancellation.carrierMessage(), now));
        }
    }

    @Override
    @Transactional
    public void recordRtoRequested(ShipmentSnapshot shipment, String carrierMessage) {
        Instant now = clock.instant();
        if (shipments.markRtoRequested(shipment.tenantId(), shipment.id(), now) == 1) {
            events.publishEvent(new ShipmentEvent.StatusChanged(shipment.tenantId(), shipment.id(), shipment.ref().awb(),
                    TrackingStatus.RTO_REQUESTED, shipment.status(), null, now));
            events.publishEvent(new ShipmentEvent.RtoRequested(shipment.tenantId(), shipment.id(), shipment.ref().awb(), shipment.status(),
                    carrierMessage, now));
        }
    }

    /** The merchant's customs documents went to the carrier; the shipment keeps what they were, not their bytes. */
    private static CustomsDeclaration withoutDocumentContent(CustomsDeclaration customs) {
        if (customs == null || customs.documents().isEmpty()) {
            return customs;
        }
        return new CustomsDeclaration(customs.contentType(), customs.contentDescription(), customs.incoterm(), customs.dutiesPayer(),
                customs.invoiceNumber(), customs.invoiceDate(), customs.exportReason(), customs.items(), customs.taxIds(),
                customs.paperless(), customs.documents().stream()
                .map(d -> new TradeDocument(d.type(), d.fileName(), d.contentType(), null)).toList());
    }

    /** The carrier's messages as a shipment keeps them: at most {@link Shipment#MAX_MESSAGES}, each text at most 1000 characters. */
    private static List<CarrierMessage> bounded(List<CarrierMessage> messages) {
        return messages.stream().limit(Shipment.MAX_MESSAGES)
                .map(m -> m.text().length() <= MAX_MESSAGE_TEXT ? m
                        : new CarrierMessage(m.code(), m.text().substring(0, MAX_MESSAGE_TEXT), m.level(), m.service()))
                .toList();
    }

    private static String trackingNumber(ShipmentConfirmation bought, int index, int parcelCount) {
        if (index < bought.parcelTrackingNumbers().size()) {
            return bought.parcelTrackingNumbers().get(index);
        }
        return parcelCount == 1 ? bought.awb() : null;
    }
}
