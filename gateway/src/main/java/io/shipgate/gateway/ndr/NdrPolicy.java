package io.shipgate.gateway.ndr;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A stored policy ({@code ndr_policies}); its conditions as validated ({@link NdrPolicyRules}). */
record NdrPolicy(UUID id, UUID tenantId, String name, int priority, boolean enabled, NdrPolicyConditions conditions, String action,
                 Instant createdAt, Instant updatedAt) {

    static final String RE_ATTEMPT = "re_attempt";
    static final String RETURN_TO_ORIGIN = "return_to_origin";
    static final String ESCALATE = "escalate";

    /** Whether every condition given holds for the case (its latest failed attempt). */
    boolean matches(NdrCase c) {
        NdrPolicyConditions w = conditions;
        if (w.reasons() != null && !w.reasons().isEmpty() && !w.reasons().contains(c.reason().name())) {
            return false;
        }
        if (w.paymentMode() != null && !w.paymentMode().equals(c.paymentMode())) {
            return false;
        }
        if (w.minOrderValue() != null && (c.orderValue() == null || c.orderValue().compareTo(new BigDecimal(w.minOrderValue())) < 0)) {
            return false;
        }
        if (w.maxOrderValue() != null && (c.orderValue() == null || c.orderValue().compareTo(new BigDecimal(w.maxOrderValue())) > 0)) {
            return false;
        }
        if (!within(c.attempts(), w.minAttempts(), w.maxAttempts()) || !within(c.outForDeliveryCount(), w.minOutForDelivery(),
                w.maxOutForDelivery())) {
            return false;
        }
        if (w.carriers() != null && !w.carriers().isEmpty() && !w.carriers().contains(c.carrier())) {
            return false;
        }
        if (w.destinationCountries() != null && !w.destinationCountries().isEmpty()
                && (c.destinationCountry() == null || !w.destinationCountries().contains(c.destinationCountry().toUpperCase(Locale.ROOT)))) {
            return false;
        }
        if (w.destinationPostalPrefixes() != null && !w.destinationPostalPrefixes().isEmpty()) {
            String postal = c.destinationPostalCode() == null ? "" : NdrPolicyRules.postal(c.destinationPostalCode());
            return w.destinationPostalPrefixes().stream().anyMatch(postal::startsWith);
        }
        return true;
    }

    private static boolean within(int value, Integer min, Integer max) {
        return (min == null || value >= min) && (max == null || value <= max);
    }
}
