package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.Dimensions;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.Limits;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.ShipmentOptions;
import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.model.Weight;
import io.shipgate.routes.port.CarrierSelection;
import io.shipgate.routes.port.Shipment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The shipment resources of the REST API (snake_case on the wire). */
public final class ShipmentApi {

    private ShipmentApi() {
    }

    /**
     * A label purchase.
     *
     * @param carrierAccountId which of the tenant's carrier accounts buys it (from a rate quote)
     * @param carrier          or a carrier code, when the tenant has one enabled account of that carrier
     * @param service          the carrier's service code (from a rate quote); or give {@code serviceLevel}
     */
    public record Create(UUID carrierAccountId,
                         @Size(max = 40) String carrier,
                         @Size(max = 60) String service,
                         ServiceLevel serviceLevel,
                         @NotNull @Valid Address shipper,
                         @NotNull @Valid Address recipient,
                         @NotEmpty @Size(max = Limits.MAX_PARCELS) @Valid List<Parcel> parcels,
                         @Size(max = 60) String reference,
                         @Valid ShipmentOptions options,
                         @Valid CustomsDeclaration customs) {

        CarrierSelection selection() {
            return new CarrierSelection(carrierAccountId, carrier);
        }

        ShipmentRequest toShipmentRequest() {
            return new ShipmentRequest(service, serviceLevel, shipper, recipient, parcels, reference, options, customs);
        }
    }

    public record ParcelView(int parcelNumber, Weight weight, Dimensions dimensions, String description, String trackingNumber) {
    }

    /**
     * A label document to download.
     *
     * @param parcelNumber set when the document holds one parcel's label only
     */
    public record LabelLink(LabelFormat format, Integer parcelNumber, String url) {
    }

    /** A document the carrier issued with the label, e.g. its commercial invoice for customs. */
    public record DocumentLink(int documentNumber, TradeDocument.Type type, String fileName, String contentType, String url) {
    }

    /**
     * @param customs   as requested; documents the merchant submitted are listed without their content
     * @param documents documents the carrier issued with the label
     */
    public record View(UUID id, TrackingStatus status, int statusCode, String carrier, UUID carrierAccountId, String service,
                       ServiceLevel serviceLevel, String awb, String carrierShipmentId, String reference, Money chargedAmount,
                       LocalDate shipDate, LocalDate estimatedDelivery, Address shipper, Address recipient,
                       List<ParcelView> parcels, ShipmentOptions options, CustomsDeclaration customs, List<LabelLink> labels,
                       List<DocumentLink> documents, String trackingUrl, Instant createdAt, Instant updatedAt, Instant cancelledAt) {

        static View of(Shipment s) {
            String base = "/v1/shipments/" + s.id();
            return new View(s.id(), s.status(), s.status().code(), s.carrier(), s.carrierAccountId(), s.service(), s.serviceLevel(), s.awb(),
                    s.carrierShipmentId(), s.reference(), s.charged(), s.shipDate(), s.estimatedDelivery(), s.shipper(), s.recipient(),
                    s.parcels().stream().map(p -> new ParcelView(p.number(), p.parcel().weight(), p.parcel().dimensions(),
                            p.parcel().description(), p.trackingNumber())).toList(),
                    s.options(), s.customs(),
                    s.labels().stream().map(l -> new LabelLink(l.format(), l.parcelNumber() == 0 ? null : l.parcelNumber(),
                            base + "/label?format=" + l.format().extension() + (l.parcelNumber() == 0 ? "" : "&parcel=" + l.parcelNumber())))
                            .toList(),
                    s.documents().stream().map(d -> new DocumentLink(d.number(), d.type(), d.fileName(), d.contentType(),
                            base + "/documents/" + d.number())).toList(),
                    base + "/tracking", s.createdAt(), s.updatedAt(), s.cancelledAt());
        }
    }

    /** A shipment in a list: what a merchant filters and scans by, without addresses and parcels. */
    public record Summary(UUID id, TrackingStatus status, int statusCode, String carrier, UUID carrierAccountId, String service,
                          String awb, String reference, Money chargedAmount, LocalDate estimatedDelivery,
                          Instant createdAt, Instant updatedAt) {
    }

    /**
     * One page of a list.
     *
     * @param nextCursor pass as {@code cursor} for the next page; absent on the last page
     */
    public record Page(List<Summary> data, String nextCursor) {
    }
}
