package io.shipgate.gateway.serviceability;

import io.shipgate.carrier.model.Money;

/**
 * A check as the service works with it: postal codes normalized ({@link PostalCodes}) when they are valid
 * for their country, else as sent (no table lists them then); {@code cod} null for a prepaid order.
 */
record ServiceabilityCheck(String originCountry, String originPostalCode, String destinationCountry, String destinationPostalCode,
                           Money cod) {
}
