package io.shipgate.gateway.platform.problem;

import java.net.URI;

/**
 * The stable problem types of the API (RFC 9457 {@code type}). Merchants branch on these URIs;
 * never change one. Each is documented in docs/api.md.
 */
public enum Problems {
    VALIDATION("validation-error", "The request is not valid"),
    MALFORMED_REQUEST("malformed-request", "The request body cannot be read"),
    UNAUTHORIZED("unauthorized", "Missing or invalid API key"),
    NOT_FOUND("not-found", "Not found"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "The Idempotency-Key was used with another request"),
    IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", "A request with this Idempotency-Key is still running"),
    PURCHASE_NEEDS_ATTENTION("purchase-needs-attention", "The purchase with this Idempotency-Key needs an operator"),
    CAPABILITY_NOT_SUPPORTED("capability-not-supported", "The carrier does not support this operation"),
    NO_CARRIER_ACCOUNT("no-carrier-account", "No carrier account can take this request"),
    INVALID_STATE("invalid-state", "The shipment's status does not allow this"),
    NDR_CASE_CLOSED("ndr-case-closed", "The NDR case is closed"),
    NDR_ACTION_TAKEN("ndr-action-already-taken", "An action was already taken for this failed attempt"),
    RETURN_NOT_ALLOWED("return-not-allowed", "The tenant's return rules refuse this return"),
    LABEL_NOT_AVAILABLE("label-not-available", "No label in this format"),
    LABEL_DOES_NOT_FIT("label-does-not-fit", "The label does not fit the label profile's page without shrinking its barcode"),
    TOO_MANY_EVENTS("too-many-events", "The carrier push carries more tracking events than the gateway takes at once"),
    CARRIER_INVALID_REQUEST("carrier-invalid-request", "The carrier rejected the request"),
    CARRIER_AUTHENTICATION("carrier-authentication-failed", "The carrier refused the account's credentials"),
    CARRIER_NOT_SERVICEABLE("carrier-not-serviceable", "The carrier cannot serve this shipment"),
    CARRIER_NOT_FOUND("carrier-not-found", "The carrier has no record of it"),
    CARRIER_INVALID_STATE("carrier-invalid-state", "The carrier refuses this in the shipment's current state"),
    CARRIER_RATE_LIMITED("carrier-rate-limited", "The carrier is throttling requests"),
    CARRIER_UNAVAILABLE("carrier-unavailable", "The carrier is unavailable"),
    CARRIER_TIMEOUT("carrier-timeout", "The carrier did not answer in time"),
    CARRIER_ERROR("carrier-error", "The carrier answered with an error"),
    FORBIDDEN("forbidden", "The API key may not do this"),
    LIVE_ACCOUNT_WITH_TEST_KEY("live-account-with-test-key", "A test API key may only use sandbox carrier accounts"),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large"),
    RATE_LIMITED("rate-limited", "Too many requests for this API key"),
    REFRESH_RATE_LIMITED("refresh-rate-limited", "This tracking was refreshed moments ago"),
    INTERNAL("internal-error", "Internal error");

    private static final String BASE = "https://shipgate.dev/problems/";

    private final URI type;
    private final String title;

    Problems(String slug, String title) {
        this.type = URI.create(BASE + slug);
        this.title = title;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }
}
