package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.Dimensions;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.ShipmentOptions;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.model.Weight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The shipment resources of the REST API (snake_case on the wire). */
public final class ShipmentApi {

    private ShipmentApi() {
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
