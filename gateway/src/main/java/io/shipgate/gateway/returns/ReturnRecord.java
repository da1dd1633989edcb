package io.shipgate.gateway.returns;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.TrackingStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stored return, with the keys of its label documents. */
record ReturnRecord(UUID id, UUID tenantId, UUID shipmentId, UUID carrierAccountId, String carrier, String service, String awb,
                    String carrierShipmentId, UUID trackerId, TrackingStatus status, ReturnReason reason, String reference,
                    String customerNote, String qcInstructions, List<ReturnItemView> items, List<Parcel> parcels, Address pickupAddress,
                    Address returnAddress, Money charged, Integer ruleVersion, Instant createdAt, Instant updatedAt, Instant pickedUpAt,
                    Instant deliveredAt, Instant cancelledAt, Boolean carrierCancelled, List<LabelKey> labels) {

    /** @param parcelNumber 0 when the document holds every parcel's label */
    record LabelKey(LabelFormat format, int parcelNumber) {
    }

    /** A page of returns, newest first, and the cursor of the next (null on the last page). */
    record Page(List<ReturnRecord> returns, String nextCursor) {
    }
}
