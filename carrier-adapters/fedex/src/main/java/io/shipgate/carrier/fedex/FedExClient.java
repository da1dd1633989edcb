package io.shipgate.carrier.fedex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.shipgate.carrier.http.AccessTokens;
import io.shipgate.carrier.http.CarrierHttpResponse;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierEndpoint;
import io.shipgate.carrier.spi.CarrierJson;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP and authentication for FedEx, nothing else: one method per FedEx REST endpoint, each
 * through the SPI's shared transport with a bearer token of the account's OAuth2 client
 * credentials ({@code POST /oauth/token}, form-encoded). Tokens are cached per account and client
 * id by {@link AccessTokens} (one fetch at a time, refreshed before expiry); a 401 drops the token
 * and the call is made once more with a fresh one before it fails as AUTHENTICATION.
 *
 * <p>Paths, as FedEx documents them: {@value #RATE_PATH}, {@value #SHIP_PATH},
 * {@value #CANCEL_SHIPMENT_PATH} (PUT), {@value #TRACK_PATH}, {@value #TRACK_DOCUMENTS_PATH},
 * {@value #PICKUP_PATH}, {@value #CANCEL_PICKUP_PATH} (PUT) on the account's FedEx base URL, and
 * {@value #ETD_UPLOAD_PATH} (multipart) on the Trade Documents Upload API's base URL.
 */
public final class FedExClient {

    public static final String TOKEN_PATH = "/oauth/token";
    public static final String RATE_PATH = "/rate/v1/rates/quotes";
    public static final String SHIP_PATH = "/ship/v1/shipments";
    public static final String CANCEL_SHIPMENT_PATH = "/ship/v1/shipments/cancel";
    public static final String TRACK_PATH = "/track/v1/trackingnumbers";
    public static final String TRACK_DOCUMENTS_PATH = "/track/v1/trackingdocuments";
    public static final String PICKUP_PATH = "/pickup/v1/pickups";
    public static final String CANCEL_PICKUP_PATH = "/pickup/v1/pickups/cancel";
    public static final String ETD_UPLOAD_PATH = "/documents/v1/etds/upload";

    /** Operation names, as the transport's metrics and {@link FedExErrors} know them. */
    static final String TOKEN = "token";
    static final String RATES = "rates";
    static final String ESTIMATE_DELIVERY = "estimateDelivery";
    static final String CREATE_SHIPMENT = "createShipment";
    static final String CREATE_RETURN = "createReturn";
    static final String CANCEL_SHIPMENT = "cancelShipment";
    static final String TRACK = "track";
    static final String PROOF_OF_DELIVERY = "proofOfDelivery";
    static final String SCHEDULE_PICKUP = "schedulePickup";
    static final String CANCEL_PICKUP = "cancelPickup";
    static final String UPLOAD_DOCUMENT = "uploadTradeDocument";

    /** FedEx echoes this header back; Shipgate sends its carrier idempotency key in it to correlate purchases. */
    static final String TRANSACTION_ID = "x-customer-transaction-id";
    private static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(1);

    private final AccessTokens tokens = new AccessTokens();

    /** A request body with its media type. */
    public record Body(String contentType, byte[] bytes) {

        /** A wire record (or any value Jackson writes) as FedEx's JSON. */
        public static Body json(Object json) {
            return new Body("application/json", CarrierJson.write(json));
        }
    }

    /** FedEx's OAuth answer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenAnswer(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") Long expiresIn) {
    }

    public byte[] rates(CarrierContext ctx, FedExSettings settings, Object body) {
        return send(ctx, ctx, settings, RATES, "POST", RATE_PATH, Body.json(body), null);
    }

    public byte[] estimateDelivery(CarrierContext ctx, FedExSettings settings, Object body) {
        return send(ctx, ctx, settings, ESTIMATE_DELIVERY, "POST", RATE_PATH, Body.json(body), null);
    }

    public byte[] createShipment(CarrierContext ctx, FedExSettings settings, Object body) {
        return send(ctx, ctx, settings, CREATE_SHIPMENT, "POST", SHIP_PATH, Body.json(body), ctx.idempotencyKey());
    }

    public byte[] createReturn(CarrierContext ctx, FedExSettings settings, Object body) {
        return send(ctx, ctx, settings, CREATE_RETURN, "POST", SHIP_PATH, Body.json(body), ctx.idempotencyKey());
    }

    public byte[] cancelShipment(CarrierContext ctx, FedExSettings settings, Object body) {
        return send(ctx, ctx, settings, CANCEL_SHIPMENT, "PUT", CANCEL_SHIPMENT_PATH, Body.json(body), null);
    }

    public byte[] track(CarrierContext ctx, FedExSettings settings, Object body) {
        return send(ctx, ctx, settings, TRACK, "POST", TRACK_PATH, Body.json(body), null);
    }

    public byte[] trackingDocuments(CarrierContext ctx, FedExSettings settings, Object body) {
        return send(ctx, ctx, settings, PROOF_OF_DELIVERY, "POST", TRACK_DOCUMENTS_PATH, Body.json(body), null);
    }

    public byte[] schedulePickup(CarrierContext ctx, FedExSettings settings, Object body) {
        return send(ctx, ctx, settings, SCHEDULE_PICKUP, "POST", PICKUP_PATH, Body.json(body), null);
    }

    public byte[] cancelPickup(CarrierContext ctx, FedExSettings settings, Object body) {
        return send(ctx, ctx, settings, CANCEL_PICKUP, "PUT", CANCEL_PICKUP_PATH, Body.json(body), null);
    }

    /** Uploads one trade document (multipart) to the Trade Documents Upload API, before the shipment that references it. */
    public byte[] uploadDocument(CarrierContext ctx, FedExSettings settings, Body multipart) {
        CarrierContext documents = settings.documentsBaseUrl() == null ? ctx
                : new CarrierContext(ctx.account(), new CarrierEndpoint(settings.documentsBaseUrl(), ctx.endpoint().timeout()),
                ctx.transport(), ctx.clock(), ctx.idempotencyKey());
        return send(ctx, documents, settings, UPLOAD_DOCUMENT, "POST", ETD_UPLOAD_PATH, multipart, null);
    }

    /**
     * Sends a call with the account's token; after a 401 the token is dropped and the call made
     * once more with a fresh one.
     *
     * @param auth   the context whose endpoint issues tokens (the FedEx API)
     * @param target the context whose endpoint serves {@code path}
     */
    private byte[] send(CarrierContext auth, CarrierContext target, FedExSettings settings, String operation, String method,
                          String path, Body body, String transactionId) {
        String key = auth.account().id() + ":" + settings.clientId();
        String token = tokens.get(key, auth.clock(), () -> fetchToken(auth, settings));
        CarrierHttpResponse response = call(target, operation, method, path, body, transactionId, token);
        if (response.status() == 401) {
            tokens.invalidate(key, token);
            token = tokens.get(key, auth.clock(), () -> fetchToken(auth, settings));
            response = call(target, operation, method, path, body, transactionId, token);
        }
        if (!response.isSuccess()) {
            throw FedExErrors.of(operation, response);
        }
        return response.body();
    }

    private static CarrierHttpResponse call(CarrierContext ctx, String operation, String method, String path, Body body,
                                            String transactionId, String token) {
        return ctx.request(operation, method, path)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .header("X-locale", "en_US")
                .header(TRANSACTION_ID, transactionId)
                .body(body.contentType(), body.bytes())
                .send(ctx.transport());
    }

    private static AccessTokens.Token fetchToken(CarrierContext ctx, FedExSettings settings) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", settings.clientId());
        form.put("client_secret", settings.clientSecret());
        CarrierHttpResponse response = ctx.request(TOKEN, "POST", TOKEN_PATH)
                .header("Accept", "application/json")
                .form(form)
                .send(ctx.transport());
        if (!response.isSuccess()) {
            throw FedExErrors.ofToken(response);
        }
        TokenAnswer answer = FedExErrors.read(response.body(), TokenAnswer.class);
        String token = FedExValues.text(answer.accessToken());
        if (token == null) {
            throw FedExErrors.unexpected("NO_ACCESS_TOKEN", "FedEx's token answer has no access_token");
        }
        long seconds = answer.expiresIn() == null ? 0 : answer.expiresIn();
        return new AccessTokens.Token(token, seconds > 0 ? Duration.ofSeconds(seconds) : DEFAULT_TOKEN_LIFETIME);
    }
}
