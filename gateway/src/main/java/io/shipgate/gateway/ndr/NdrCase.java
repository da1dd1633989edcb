package io.shipgate.gateway.ndr;

import io.shipgate.carrier.model.NdrReason;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An NDR case as stored ({@code ndr_cases}). */
record NdrCase(UUID id, UUID tenantId, UUID shipmentId, UUID carrierAccountId, String carrier, String awb, String status, String outcome,
               NdrReason reason, int attempts, int outForDeliveryCount, String carrierCode, String carrierRemarks,
               Instant firstAttemptAt, Instant lastAttemptAt, Instant actionDeadline, String paymentMode, BigDecimal orderValue,
               String orderCurrency, String destinationCountry, String destinationPostalCode, int policyAttempt, UUID policyId,
               Instant createdAt, Instant updatedAt, Instant closedAt) {

    static final String OPEN = "open";
    static final String ACTIONED = "actioned";
    static final String CLOSED = "closed";

    boolean closed() {
        return CLOSED.equals(status);
    }
}
