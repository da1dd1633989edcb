package io.shipgate.gateway.recommendation;

import io.shipgate.carrier.model.Money;
import io.shipgate.gateway.edd.DeliveryEstimate;
import io.shipgate.gateway.lanes.LaneReliability;

import java.util.UUID;

/**
 * An eligible carrier service for an order: its quote, EDD and lane reliability.
 *
 * @param rateCardVersion the version of the rate card that priced it
 */
record Candidate(UUID carrierAccountId, String carrier, String accountName, String service, String serviceName, Money total,
                 Integer rateCardVersion, DeliveryEstimate edd, LaneReliability reliability) {
}
