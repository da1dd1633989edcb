package io.shipgate.gateway.ndr;

import io.shipgate.carrier.model.NdrReason;
import io.shipgate.gateway.platform.problem.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A policy's conditions: validated and normalized before they are stored, then matched against a case. */
class NdrPolicyTest {

    private static NdrCase ndrCase(NdrReason reason, String paymentMode, String value, int attempts, int outForDelivery, String postalCode) {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        return new NdrCase(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "delhivery", "36391910012345", "open",
                null, reason, attempts, outForDelivery, "EOD-6", null, now, now, now.plusSeconds(86400), paymentMode,
                value == null ? null : new BigDecimal(value), "INR", "IN", postalCode, 0, null, now, now, null);
    }

    private static NdrPolicy policy(NdrPolicyConditions conditions) {
        List<FieldError> errors = new ArrayList<>();
        NdrPolicyConditions valid = NdrPolicyRules.conditions(conditions, errors);
        assertThat(errors).isEmpty();
        return new NdrPolicy(UUID.randomUUID(), UUID.randomUUID(), "p", 1, true, valid, NdrPolicy.RE_ATTEMPT, Instant.now(), Instant.now());
    }

    @Test
    void everyConditionGivenMustHoldAndAbsentOnesAlwaysDo() {
        NdrPolicy prepaidOnce = policy(new NdrPolicyConditions(List.of("consignee_unavailable"), "prepaid", null, null, null, 1, null, null,
                List.of("Delhivery"), List.of("in"), List.of("560 0")));

        assertThat(prepaidOnce.matches(ndrCase(NdrReason.CONSIGNEE_UNAVAILABLE, "PREPAID", null, 1, 1, "560001"))).isTrue();
        assertThat(prepaidOnce.matches(ndrCase(NdrReason.CONSIGNEE_UNAVAILABLE, "PREPAID", null, 2, 2, "560001"))).isFalse();
        assertThat(prepaidOnce.matches(ndrCase(NdrReason.REFUSED, "PREPAID", null, 1, 1, "560001"))).isFalse();
        assertThat(prepaidOnce.matches(ndrCase(NdrReason.CONSIGNEE_UNAVAILABLE, "COD", "1499", 1, 1, "560001"))).isFalse();
        assertThat(prepaidOnce.matches(ndrCase(NdrReason.CONSIGNEE_UNAVAILABLE, "PREPAID", null, 1, 1, "110001"))).isFalse();
        assertThat(policy(NdrPolicyConditions.ANY).matches(ndrCase(NdrReason.OTHER, "COD", null, 7, 9, null))).isTrue();
    }

    @Test
    void orderValueAndOutForDeliveryBoundsAreInclusiveAndAMissingValueNeverMatchesABound() {
        NdrPolicy codRange = policy(new NdrPolicyConditions(null, "COD", "500", "1499.00", null, null, 2, 3, null, null, null));

        assertThat(codRange.matches(ndrCase(NdrReason.COD_NOT_READY, "COD", "1499", 2, 2, null))).isTrue();
        assertThat(codRange.matches(ndrCase(NdrReason.COD_NOT_READY, "COD", "500", 2, 3, null))).isTrue();
        assertThat(codRange.matches(ndrCase(NdrReason.COD_NOT_READY, "COD", "1500", 2, 2, null))).isFalse();
        assertThat(codRange.matches(ndrCase(NdrReason.COD_NOT_READY, "COD", "1499", 1, 1, null))).isFalse();
        assertThat(codRange.matches(ndrCase(NdrReason.COD_NOT_READY, "COD", null, 2, 2, null))).isFalse();
    }

    @Test
    void mistakesAreNamedByTheirField() {
        List<FieldError> errors = new ArrayList<>();
        NdrPolicyRules.conditions(new NdrPolicyConditions(List.of("REFUSED", "ON_VACATION"), "CARD", "-1", "ten", 0, 21, 3, 2,
                List.of("ups", "not a carrier"), List.of("IND"), List.of("56-0", "#")), errors);
        NdrPolicyRules.action("call", errors);

        assertThat(errors).extracting(FieldError::field).containsExactly("conditions.reasons[1]", "conditions.payment_mode",
                "conditions.min_order_value", "conditions.max_order_value", "conditions.min_attempts", "conditions.max_attempts",
                "conditions.max_out_for_delivery", "conditions.carriers[1]", "conditions.destination_countries[0]",
                "conditions.destination_postal_prefixes[1]", "action");
    }
}
