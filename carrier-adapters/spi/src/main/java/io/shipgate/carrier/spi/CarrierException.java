package io.shipgate.carrier.spi;

import java.time.Duration;
import java.util.List;

/**
 * The one exception carrier adapters throw. Its message is safe to show a merchant: adapters
 * never put credentials or stack traces in it.
 *
 * @see CarrierErrorCategory
 */
public class CarrierException extends RuntimeException {

    private final CarrierErrorCategory category;
    private final String carrier;
    private final String carrierCode;
    private final boolean retryable;
    private final Duration retryAfter;
    private final String field;
    private final List<String> candidates;

    public CarrierException(CarrierErrorCategory category, String carrier, String carrierCode, String message, boolean retryable) {
        this(category, carrier, carrierCode, message, retryable, null, null, null);
    }

    public CarrierException(CarrierErrorCategory category, String carrier, String carrierCode, String message,
                            boolean retryable, Duration retryAfter, String field, Throwable cause) {
        this(category, carrier, carrierCode, message, retryable, retryAfter, field, cause, List.of());
    }

    public CarrierException(CarrierErrorCategory category, String carrier, String carrierCode, String message,
                            boolean retryable, Duration retryAfter, String field, Throwable cause, List<String> candidates) {
        super(message, cause);
        this.candidates = candidates == null ? List.of() : List.copyOf(candidates);
        this.category = category;
        this.carrier = carrier;
        this.carrierCode = carrierCode;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
        this.field = field;
    }

    public CarrierErrorCategory category() {
        return category;
    }

    public String carrier() {
        return carrier;
    }

    /** The carrier's own error code, when it gave one. */
    public String carrierCode() {
        return carrierCode;
    }

    /** Whether the same call may be made again safely (nothing was created). */
    public boolean retryable() {
        return retryable;
    }

    /** How long to wait before retrying, when the carrier said (429 Retry-After). */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The universal request field the carrier objected to, when the adapter can tell. */
    public String field() {
        return field;
    }

    /** What the carrier proposed instead of the refused value (e.g. the towns of an ambiguous postal code). */
    public List<String> candidates() {
        return candidates;
    }
}
