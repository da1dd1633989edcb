package io.shipgate.carrier.sandbox;

import io.shipgate.carrier.http.CarrierHttpRequest;
import io.shipgate.carrier.http.CarrierHttpResponse;
import io.shipgate.carrier.http.FormEncoding;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.CarrierJson;

/**
 * HTTP and authentication for the sandbox, nothing else: one method per endpoint, each sending the
 * account's API key ({@code Authorization: Bearer}) and its simulated behaviour ({@code X-Sandbox-*}
 * headers) through the SPI's shared transport. Answers come back as bytes for the mappers; error
 * answers are thrown as {@link SandboxErrors} makes them.
 */
public final class SandboxClient {

    /** Operation names, as the transport's metrics and {@link SandboxErrors} know them. */
    static final String RATES = "rates";
    static final String CREATE_SHIPMENT = "createShipment";
    static final String FIND_PURCHASE = "findPurchase";
    static final String CANCEL_SHIPMENT = "cancelShipment";
    static final String TRACK = "track";
    static final String ESTIMATE_DELIVERY = "estimateDelivery";
    static final String CHECK_SERVICEABILITY = "checkServiceability";
    static final String SCHEDULE_PICKUP = "schedulePickup";
    static final String CANCEL_PICKUP = "cancelPickup";
    static final String CREATE_RETURN = "createReturn";
    static final String NDR_ACTION = "ndrAction";
    static final String PROOF_OF_DELIVERY = "proofOfDelivery";
    static final String VALIDATE_ADDRESS = "validateAddress";
    static final String CLOSE_MANIFEST = "closeManifest";

    static final String LATENCY_MS = "X-Sandbox-Latency-Ms";
    static final String FAILURE_RATE = "X-Sandbox-Failure-Rate";
    static final String TIMEOUT_RATE = "X-Sandbox-Timeout-Rate";
    static final String FAILED_ATTEMPT_RATE = "X-Sandbox-Failed-Attempt-Rate";
    static final String RTO_RATE = "X-Sandbox-Rto-Rate";
    static final String STEP_SECONDS = "X-Sandbox-Step-Seconds";
    static final String CURRENCY = "X-Sandbox-Currency";

    public byte[] rates(CarrierContext ctx, SandboxSettings settings, Object body) {
        return send(ctx, settings, RATES, "POST", "/v1/rates", body);
    }

    public byte[] createShipment(CarrierContext ctx, SandboxSettings settings, Object body) {
        return send(ctx, settings, CREATE_SHIPMENT, "POST", "/v1/shipments", body, ctx.idempotencyKey());
    }

    /** The answer of the purchase made with {@code idempotencyKey}, or null when the sandbox sold none under it. */
    public byte[] findPurchase(CarrierContext ctx, SandboxSettings settings, String idempotencyKey) {
        if (idempotencyKey == null) {
            throw SandboxErrors.noIdempotencyKey();
        }
        try {
            return send(ctx, settings, FIND_PURCHASE, "GET", "/v1/purchases/" + segment(idempotencyKey), null);
        } catch (CarrierException e) {
            if ("PURCHASE_NOT_FOUND".equals(e.carrierCode())) {
                return null;
            }
            throw e;
        }
    }

    public byte[] cancelShipment(CarrierContext ctx, SandboxSettings settings, String awb) {
        return send(ctx, settings, CANCEL_SHIPMENT, "POST", "/v1/shipments/" + segment(awb) + "/cancel", null);
    }

    public byte[] track(CarrierContext ctx, SandboxSettings settings, String awb) {
        return send(ctx, settings, TRACK, "GET", "/v1/tracking/" + segment(awb), null);
    }

    public byte[] estimateDelivery(CarrierContext ctx, SandboxSettings settings, Object body) {
        return send(ctx, settings, ESTIMATE_DELIVERY, "POST", "/v1/edd", body);
    }

    public byte[] checkServiceability(CarrierContext ctx, SandboxSettings settings, Object body) {
        return send(ctx, settings, CHECK_SERVICEABILITY, "POST", "/v1/serviceability", body);
    }

    public byte[] schedulePickup(CarrierContext ctx, SandboxSettings settings, Object body) {
        return send(ctx, settings, SCHEDULE_PICKUP, "POST", "/v1/pickups", body);
    }

    public void cancelPickup(CarrierContext ctx, SandboxSettings settings, String pickupId) {
        send(ctx, settings, CANCEL_PICKUP, "DELETE", "/v1/pickups/" + segment(pickupId), null);
    }

    public byte[] createReturn(CarrierContext ctx, SandboxSettings settings, Object body) {
        return send(ctx, settings, CREATE_RETURN, "POST", "/v1/returns", body, ctx.idempotencyKey());
    }

    public byte[] ndrAction(CarrierContext ctx, SandboxSettings settings, String awb, Object body) {
        return send(ctx, settings, NDR_ACTION, "POST", "/v1/shipments/" + segment(awb) + "/ndr", body);
    }

    public byte[] proofOfDelivery(CarrierContext ctx, SandboxSettings settings, String awb) {
        return send(ctx, settings, PROOF_OF_DELIVERY, "GET", "/v1/shipments/" + segment(awb) + "/pod", null);
    }

    public byte[] validateAddress(CarrierContext ctx, SandboxSettings settings, Object body) {
        return send(ctx, settings, VALIDATE_ADDRESS, "POST", "/v1/addresses/validate", body);
    }

    public byte[] closeManifest(CarrierContext ctx, SandboxSettings settings, Object body) {
        return send(ctx, settings, CLOSE_MANIFEST, "POST", "/v1/manifests", body);
    }

    private static byte[] send(CarrierContext ctx, SandboxSettings settings, String operation, String method, String path,
                               Object body) {
        return send(ctx, settings, operation, method, path, body, null);
    }

    /** @param idempotencyKey sent as {@code Idempotency-Key} on purchases, so a retry gets the label already bought */
    private static byte[] send(CarrierContext ctx, SandboxSettings settings, String operation, String method, String path,
                               Object body, String idempotencyKey) {
        CarrierHttpRequest.Builder request = ctx.request(operation, method, path)
                .header("Idempotency-Key", idempotencyKey)
                .header("Authorization", "Bearer " + settings.apiKey())
                .header("Accept", "application/json")
                .header(LATENCY_MS, Long.toString(settings.latency().toMillis()))
                .header(FAILURE_RATE, Double.toString(settings.failureRate()))
                .header(TIMEOUT_RATE, Double.toString(settings.timeoutRate()))
                .header(FAILED_ATTEMPT_RATE, Double.toString(settings.failedAttemptRate()))
                .header(RTO_RATE, Double.toString(settings.rtoRate()))
                .header(STEP_SECONDS, Long.toString(settings.trackingStep().toSeconds()))
                .header(CURRENCY, settings.currency());
        if (body != null) {
            request.json(CarrierJson.write(body));
        }
        CarrierHttpResponse response = request.send(ctx.transport());
        if (!response.isSuccess()) {
            throw SandboxErrors.of(operation, response);
        }
        return response.body();
    }

    /** A value as one path segment: an AWB or id with a stray '/' or space must not change the path. */
    private static String segment(String value) {
        return FormEncoding.encode(value).replace("+", "%20");
    }
}
