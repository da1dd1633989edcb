package io.shipgate.gateway.serviceability;

import java.math.BigDecimal;

/**
 * One postal code of a serviceability table, as checked: country and postal code normalized
 * ({@link PostalCodes}), {@code codLimit} in the table's currency or null when the carrier states none.
 */
record ServiceabilityRow(String country, String postalCode, boolean prepaid, boolean cod, BigDecimal codLimit,
                         boolean pickup, boolean reversePickup, boolean oda, boolean embargo) {
}
