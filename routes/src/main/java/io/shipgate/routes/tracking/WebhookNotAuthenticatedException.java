package io.shipgate.routes.tracking;

/**
 * A carrier webhook that cannot be proven to come from the carrier for the account in its URL
 * (no such account, or the adapter refused its signature or credential). Answered 401, the same
 * for both, so account ids cannot be probed.
 */
public class WebhookNotAuthenticatedException extends RuntimeException {

    public WebhookNotAuthenticatedException(String message) {
        super(message);
    }
}
