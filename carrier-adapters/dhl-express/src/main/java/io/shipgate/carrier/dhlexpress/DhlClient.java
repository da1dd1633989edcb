package io.shipgate.carrier.dhlexpress;

import io.shipgate.carrier.http.CarrierHttpRequest;
import io.shipgate.carrier.http.CarrierHttpResponse;
import io.shipgate.carrier.http.FormEncoding;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierJson;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP and authentication for the MyDHL API, nothing else: one method per endpoint, each sending
 * the account's API key and secret as HTTP basic auth through the SPI's shared transport. Paths
 * are relative to the base URL, which includes MyDHL's path ({@code https://express.api.dhl.com/mydhlapi},
 * or {@code .../mydhlapi/test} for DHL's test system). Error answers are thrown as
 * {@link DhlErrors} makes them; the few "not found" answers that carry meaning come back empty.
 *
 * <p>MyDHL has no idempotency key. A purchase sends the gateway's carrier idempotency key as
 * {@code Message-Reference} (28 to 36 characters, a UUID fits), which DHL keeps with the
 * transaction for support, but does not deduplicate by.
 */
public final class DhlClient {

    /** Operation names, as the transport's metrics and {@link DhlErrors} know them. */
    static final String RATES = "rates";
    static final String CREATE_SHIPMENT = "createShipment";
    static final String CREATE_RETURN = "createReturn";
    static final String TRACK = "track";
    static final String ESTIMATE_DELIVERY = "estimateDelivery";
    static final String SCHEDULE_PICKUP = "schedulePickup";
    static final String CANCEL_PICKUP = "cancelPickup";
    static final String PROOF_OF_DELIVERY = "proofOfDelivery";
    static final String VALIDATE_ADDRESS = "validateAddress";

    static final String MESSAGE_REFERENCE = "Message-Reference";

    /** POST /rates: every product for a multi-piece shipment, with prices and delivery dates. */
    public byte[] rates(CarrierContext ctx, DhlSettings settings, Object body) {
        return post(ctx, settings, RATES, "/rates", body, null, DhlErrors.Parties.SHIPMENT);
    }

    /** POST /rates for the delivery dates of a lane. */
    public byte[] estimateDelivery(CarrierContext ctx, DhlSettings settings, Object body) {
        return post(ctx, settings, ESTIMATE_DELIVERY, "/rates", body, null, DhlErrors.Parties.SHIPMENT);
    }

    /** POST /shipments: the AWB, labels and documents. */
    public byte[] createShipment(CarrierContext ctx, DhlSettings settings, Object body) {
        return post(ctx, settings, CREATE_SHIPMENT, "/shipments", body, ctx.idempotencyKey(), DhlErrors.Parties.SHIPMENT);
    }

    /** POST /shipments for a return: the customer ships to the merchant's warehouse. */
    public byte[] createReturn(CarrierContext ctx, DhlSettings settings, Object body) {
        return post(ctx, settings, CREATE_RETURN, "/shipments", body, ctx.idempotencyKey(), DhlErrors.Parties.RETURN);
    }

    /**
     * GET /shipments/{awb}/tracking with every checkpoint and each event's GMT offset. DHL's 404
     * "No data found" (an AWB it does not know or has not scanned yet) is thrown as NOT_FOUND.
     */
    public byte[] track(CarrierContext ctx, DhlSettings settings, String awb) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("trackingView", "all-checkpoints");
        query.put("levelOfDetail", "shipment");
        query.put("requestGMTOffsetPerEvent", "true");
        return send(ctx, settings, TRACK, "GET", "/shipments/" + segment(awb) + "/tracking", query, null, null,
                DhlErrors.Parties.SHIPMENT, false).orElseThrow();
    }

    /** GET /shipments/{awb}/proof-of-delivery (the ePOD summary PDF); empty when DHL has none for the shipment. */
    public Optional<byte[]> proofOfDelivery(CarrierContext ctx, DhlSettings settings, String awb) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("shipperAccountNumber", settings.accountNumber());
        query.put("content", "epod-summary");
        return getUnlessNotFound(ctx, settings, PROOF_OF_DELIVERY, "/shipments/" + segment(awb) + "/proof-of-delivery", query);
    }

    /** POST /pickups: a courier booking; the answer holds its dispatch confirmation number. */
    public byte[] schedulePickup(CarrierContext ctx, DhlSettings settings, Object body) {
        return post(ctx, settings, SCHEDULE_PICKUP, "/pickups", body, null, DhlErrors.Parties.PICKUP);
    }

    /** DELETE /pickups/{dispatchConfirmationNumber}: MyDHL wants who cancels and why. */
    public void cancelPickup(CarrierContext ctx, DhlSettings settings, String dispatchConfirmationNumber, String requestorName,
                             String reason) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("requestorName", requestorName);
        query.put("reason", reason);
        send(ctx, settings, CANCEL_PICKUP, "DELETE", "/pickups/" + segment(dispatchConfirmationNumber), query, null, null,
                DhlErrors.Parties.PICKUP, false);
    }

    /**
     * GET /address-validate: whether DHL delivers to ({@code type=delivery}) or picks up at
     * ({@code type=pickup}) a city and postal code, with its service area; empty when DHL knows no
     * such place (404).
     */
    public Optional<byte[]> validateAddress(CarrierContext ctx, DhlSettings settings, Map<String, String> query) {
        return getUnlessNotFound(ctx, settings, VALIDATE_ADDRESS, "/address-validate", query);
    }

    private static byte[] post(CarrierContext ctx, DhlSettings settings, String operation, String path, Object body,
                               String messageReference, DhlErrors.Parties parties) {
        return send(ctx, settings, operation, "POST", path, Map.of(), CarrierJson.write(body), messageReference, parties, false)
                .orElseThrow();
    }

    private static Optional<byte[]> getUnlessNotFound(CarrierContext ctx, DhlSettings settings, String operation, String path,
                                                      Map<String, String> query) {
        return send(ctx, settings, operation, "GET", path, query, null, null, DhlErrors.Parties.SHIPMENT, true);
    }

    private static Optional<byte[]> send(CarrierContext ctx, DhlSettings settings, String operation, String method, String path,
                                         Map<String, String> query, byte[] json, String messageReference,
                                         DhlErrors.Parties parties, boolean notFoundIsEmpty) {
        CarrierHttpRequest.Builder request = ctx.request(operation, method, path)
                .query(query)
                .header("Authorization", basic(settings))
                .header("Accept", "application/json")
                .header(MESSAGE_REFERENCE, messageReference);
        if (json != null) {
            request.json(json);
        }
        CarrierHttpResponse response = request.send(ctx.transport());
        if (notFoundIsEmpty && response.status() == 404) {
            return Optional.empty();
        }
        if (!response.isSuccess()) {
            throw DhlErrors.of(operation, response, parties);
        }
        return Optional.of(response.body());
    }

    private static String basic(DhlSettings settings) {
        String pair = settings.apiKey() + ":" + settings.apiSecret();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** A value as one path segment: an AWB or id with a stray '/' or space must not change the path. */
    private static String segment(String value) {
        return FormEncoding.encode(value).replace("+", "%20");
    }
}
