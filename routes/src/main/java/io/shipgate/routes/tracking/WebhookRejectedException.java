package io.shipgate.routes.tracking;

/**
 * A carrier webhook that was authenticated but is not taken: the sender's fault, so the carrier
 * learns it from a 4xx and does not retry it as it would a 5xx. Nothing of it is stored.
 */
public class WebhookRejectedException extends RuntimeException {

    /** Why the push is not taken. */
    public enum Reason {
        /** The body is not a tracking push of the carrier (answered 400). */
        MALFORMED,
        /** More events or shipments than {@code shipgate.tracking.max-events-per-push} (answered 413). */
        TOO_MANY_EVENTS
    }

    private final Reason reason;

    public WebhookRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
