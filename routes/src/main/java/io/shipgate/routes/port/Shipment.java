package io.shipgate.routes.port;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.CarrierMessage;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.Dimensions;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.ShipmentOptions;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.model.Weight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A stored shipment with its parcels, the label documents it has and the carrier's other documents
 * (their keys: the documents themselves are downloaded on their own). Values are as stored: weights
 * and dimensions to 4 decimals, charges to the cent, so a shipment just recorded equals the same one
 * read back.
 *
 * @param estimatedDelivery the first day of the carrier's latest delivery window; never before {@code shipDate}, kept once delivered
 * @param latestDelivery    the last day of that window, when the carrier gave one
 * @param deliveredAt       when the parcel was delivered, once it is
 * @param firstAttemptAt    when the carrier first tried to deliver it (a delivery or a failed attempt), once it did
 * @param messages          what the carrier or adapter said beside the sale (e.g. {@link CarrierMessage#LABEL_UNREADABLE}), at most
 *                          {@link #MAX_MESSAGES}
 */
public record Shipment(UUID id, UUID tenantId, UUID carrierAccountId, String carrier, String service, ServiceLevel serviceLevel,
                       String awb, String carrierShipmentId, TrackingStatus status, String reference, LocalDate shipDate,
                       LocalDate estimatedDelivery, LocalDate latestDelivery, Money charged, Address shipper, Address recipient,
                       ShipmentOptions options, CustomsDeclaration customs, Instant createdAt, Instant updatedAt, Instant lastTrackedAt,
                       Instant cancelledAt, Instant deliveredAt, Instant firstAttemptAt, List<StoredParcel> parcels, List<LabelKey> labels,
                       List<DocumentKey> documents, List<CarrierMessage> messages, Instant nextCheckAt) {

    /** The most carrier messages a shipment keeps (the column's bound). */
    public static final int MAX_MESSAGES = 20;

    public Shipment {
        messages = messages == null ? List.of() : List.copyOf(messages.subList(0, Math.min(messages.size(), MAX_MESSAGES)));
    }

    /** A parcel as stored: weights and dimensions to the column's 4 decimals, without trailing zeros. */
    public record StoredParcel(int number, Parcel parcel, String trackingNumber) {

        public static StoredParcel of(int number, Parcel parcel, String trackingNumber) {
            Dimensions d = parcel.dimensions();
            return new StoredParcel(number, new Parcel(new Weight(stored(parcel.weight().value()), parcel.weight().unit()),
                    d == null ? null : new Dimensions(stored(d.length()), stored(d.width()), stored(d.height()), d.unit()),
                    parcel.description()), trackingNumber);
        }

        private static BigDecimal stored(BigDecimal value) {
            return value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        }
    }

    /** A charge as stored and shown: to the cent. */
    public static Money charged(Money money) {
        return money == null ? null : new Money(money.amount().setScale(2, RoundingMode.HALF_UP), money.currency());
    }

    /** @param parcelNumber 0 when the document holds every parcel's label */
    public record LabelKey(LabelFormat format, int parcelNumber) {
    }

    /** A document the carrier issued with the label (its commercial invoice...). */
    public record DocumentKey(int number, TradeDocument.Type type, String fileName, String contentType) {
    }
}
