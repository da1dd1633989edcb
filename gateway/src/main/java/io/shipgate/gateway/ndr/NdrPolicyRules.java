package io.shipgate.gateway.ndr;

import io.shipgate.carrier.model.NdrReason;
import io.shipgate.gateway.platform.problem.FieldError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a policy may say: checked before it is stored, each mistake named by its field; conditions normalized (codes upper case). */
final class NdrPolicyRules {

    static final Set<String> ACTIONS = Set.of(NdrPolicy.RE_ATTEMPT, NdrPolicy.RETURN_TO_ORIGIN, NdrPolicy.ESCALATE);
    static final int MAX_ATTEMPTS = 20;
    private static final Set<String> REASONS = Arrays.stream(NdrReason.values()).map(Enum::name).collect(Collectors.toSet());

    private NdrPolicyRules() {
    }

    /** The action, lower case, or an error naming {@code action}. */
    static String action(String action, List<FieldError> errors) {
        String normalized = action == null ? null : action.strip().toLowerCase(Locale.ROOT);
        if (normalized == null || !ACTIONS.contains(normalized)) {
            errors.add(new FieldError("action", "must be one of re_attempt, return_to_origin, escalate"));
        }
        return normalized;
    }

    /** The conditions normalized, each mistake added to {@code errors} under {@code conditions.<field>}. */
    static NdrPolicyConditions conditions(NdrPolicyConditions c, List<FieldError> errors) {
        if (c == null) {
            return NdrPolicyConditions.ANY;
        }
        List<String> reasons = list(c.reasons(), "conditions.reasons", 9, errors, r -> {
            String code = r.strip().toUpperCase(Locale.ROOT);
            return REASONS.contains(code) ? code : null;
        }, "must be an NDR reason: " + String.join(", ", Arrays.stream(NdrReason.values()).map(Enum::name).toList()));
        String paymentMode = c.paymentMode() == null ? null : c.paymentMode().strip().toUpperCase(Locale.ROOT);
        if (paymentMode != null && !Set.of("COD", "PREPAID").contains(paymentMode)) {
            errors.add(new FieldError("conditions.payment_mode", "must be COD or PREPAID"));
        }
        BigDecimal min = amount(c.minOrderValue(), "conditions.min_order_value", errors);
        BigDecimal max = amount(c.maxOrderValue(), "conditions.max_order_value", errors);
        if (min != null && max != null && min.compareTo(max) > 0) {
            errors.add(new FieldError("conditions.max_order_value", "must not be below min_order_value"));
        }
        range(c.minAttempts(), c.maxAttempts(), "attempts", errors);
        range(c.minOutForDelivery(), c.maxOutForDelivery(), "out_for_delivery", errors);
        List<String> carriers = list(c.carriers(), "conditions.carriers", 20, errors,
                v -> v.strip().toLowerCase(Locale.ROOT).matches("[a-z0-9_-]{1,40}") ? v.strip().toLowerCase(Locale.ROOT) : null,
                "must be a carrier code such as delhivery");
        List<String> countries = list(c.destinationCountries(), "conditions.destination_countries", 50, errors,
                v -> v.strip().toUpperCase(Locale.ROOT).matches("[A-Z]{2}") ? v.strip().toUpperCase(Locale.ROOT) : null,
                "must be an ISO 3166-1 alpha-2 country code such as IN");
        List<String> prefixes = list(c.destinationPostalPrefixes(), "conditions.destination_postal_prefixes", 100, errors,
                v -> postal(v).matches("[A-Z0-9]{1,10}") ? postal(v) : null, "must be 1 to 10 letters or digits of a postal code");
        return new NdrPolicyConditions(reasons, paymentMode, min == null ? null : min.toPlainString(), max == null ? null : max.toPlainString(),
                c.minAttempts(), c.maxAttempts(), c.minOutForDelivery(), c.maxOutForDelivery(), carriers, countries, prefixes);
    }

    /** A postal code as compared with prefixes: upper case, without spaces and dashes. */
    static String postal(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static List<String> list(List<String> values, String field, int max, List<FieldError> errors, Function<String, String> normalize,
                                     String message) {
        if (values == null) {
            return null;
        }
        if (values.size() > max) {
            errors.add(new FieldError(field, "must have at most " + max + " entries"));
            return null;
        }
        List<String> normalized = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String n = values.get(i) == null ? null : normalize.apply(values.get(i));
            if (n == null) {
                errors.add(new FieldError(field + "[" + i + "]", message));
            } else if (!normalized.contains(n)) {
                normalized.add(n);
            }
        }
        return normalized;
    }

    private static BigDecimal amount(String value, String field, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.strip());
            if (amount.signum() < 0 || amount.scale() > 4 || amount.precision() - amount.scale() > 10) {
                errors.add(new FieldError(field, "must be a decimal string from 0 to 9999999999.9999"));
                return null;
            }
            return amount.stripTrailingZeros().scale() < 0 ? amount.setScale(0) : amount.stripTrailingZeros();
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a decimal string such as \"500.00\""));
            return null;
        }
    }

    private static void range(Integer min, Integer max, String name, List<FieldError> errors) {
        if (min != null && (min < 1 || min > MAX_ATTEMPTS)) {
            errors.add(new FieldError("conditions.min_" + name, "must be 1 to " + MAX_ATTEMPTS));
        }
        if (max != null && (max < 1 || max > MAX_ATTEMPTS)) {
            errors.add(new FieldError("conditions.max_" + name, "must be 1 to " + MAX_ATTEMPTS));
        }
        if (min != null && max != null && min > max) {
            errors.add(new FieldError("conditions.max_" + name, "must not be below min_" + name));
        }
    }
}
