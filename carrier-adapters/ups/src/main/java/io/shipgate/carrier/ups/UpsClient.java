package io.shipgate.carrier.ups;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.shipgate.carrier.spi.CarrierJson;
import io.shipgate.carrier.http.AccessTokens;
import io.shipgate.carrier.http.CarrierHttpRequest;
import io.shipgate.carrier.http.CarrierHttpResponse;
import io.shipgate.carrier.http.FormEncoding;
import io.shipgate.carrier.spi.CarrierContext;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * HTTP and authentication for UPS, nothing else: one method per endpoint, each with the API
 * version its path takes (from UPS's OpenAPI specs), a bearer token of the account's OAuth client
 * (client credentials, cached in {@link AccessTokens}), UPS's {@code transId} and
 * {@code transactionSrc} headers, and one transparent retry after a 401 with a fresh token. Error
 * answers are thrown as {@link UpsErrors} makes them.
 */
public final class UpsClient {

    /** API versions, as the path of each UPS API takes them. */
    public static final String RATING_VERSION = "v2409";
    public static final String SHIPPING_VERSION = "v2409";
    public static final String PICKUP_VERSION = "v2409";
    public static final String TRACKING_VERSION = "v1";
    public static final String TIME_IN_TRANSIT_VERSION = "v1";
    public static final String ADDRESS_VALIDATION_VERSION = "v2";
    public static final String DELIVERY_INTERCEPT_VERSION = "v2";

    public static final String TOKEN_PATH = "/security/v1/oauth/token";
    /** Rating's request option that prices every service UPS offers for the shipment. */
    public static final String SHOP = "Shop";
    /** Address Validation's request option 3: validation and classification (residential or commercial). */
    public static final String VALIDATE_AND_CLASSIFY = "3";
    /** The {@code transactionSrc} header: the application calling UPS. */
    public static final String TRANSACTION_SRC = "shipgate";

    /** Operation names, as the transport's metrics and {@link UpsErrors} know them. */
    public static final String TOKEN = "token";
    public static final String RATES = "rates";
    public static final String CREATE_SHIPMENT = "createShipment";
    public static final String CANCEL_SHIPMENT = "cancelShipment";
    public static final String TRACK = "track";
    public static final String ESTIMATE_DELIVERY = "estimateDelivery";
    public static final String SCHEDULE_PICKUP = "schedulePickup";
    public static final String CANCEL_PICKUP = "cancelPickup";
    public static final String CREATE_RETURN = "createReturn";
    public static final String NDR_ACTION = "ndrAction";
    public static final String VALIDATE_ADDRESS = "validateAddress";

    private final AccessTokens tokens = new AccessTokens();

    public byte[] rates(CarrierContext ctx, UpsSettings settings, Object body) {
        return send(ctx, settings, UpsCall.post(RATES, "/api/rating/" + RATING_VERSION + "/" + SHOP, body));
    }

    /** @param operation {@link #CREATE_SHIPMENT} or {@link #CREATE_RETURN}: both buy a label */
    public byte[] ship(CarrierContext ctx, UpsSettings settings, String operation, Object body) {
        return send(ctx, settings, UpsCall.post(operation, "/api/shipments/" + SHIPPING_VERSION + "/ship", body));
    }

    public byte[] voidShipment(CarrierContext ctx, UpsSettings settings, String shipmentId) {
        return send(ctx, settings, UpsCall.of(CANCEL_SHIPMENT, "DELETE",
                "/api/shipments/" + SHIPPING_VERSION + "/void/cancel/" + segment(shipmentId)));
    }

    /** @param withProof also asks for the signature image and the proof-of-delivery document */
    public byte[] track(CarrierContext ctx, UpsSettings settings, String trackingNumber, boolean withProof) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("locale", "en_US");
        query.put("returnSignature", Boolean.toString(withProof));
        query.put("returnPOD", Boolean.toString(withProof));
        query.put("returnMilestones", "false");
        return send(ctx, settings, UpsCall.of(TRACK, "GET", "/api/track/" + TRACKING_VERSION + "/details/" + segment(trackingNumber))
                .query(query));
    }

    public byte[] timeInTransit(CarrierContext ctx, UpsSettings settings, Object body) {
        return send(ctx, settings, UpsCall.post(ESTIMATE_DELIVERY, "/api/shipments/" + TIME_IN_TRANSIT_VERSION + "/transittimes", body));
    }

    public byte[] schedulePickup(CarrierContext ctx, UpsSettings settings, Object body) {
        return send(ctx, settings, UpsCall.post(SCHEDULE_PICKUP, "/api/pickupcreation/" + PICKUP_VERSION + "/pickup", body));
    }

    /** Cancels by pickup request number (PRN): {@code CancelBy} 02, the PRN in the {@code Prn} header. */
    public byte[] cancelPickup(CarrierContext ctx, UpsSettings settings, String prn) {
        return send(ctx, settings, UpsCall.of(CANCEL_PICKUP, "DELETE", "/api/shipments/" + PICKUP_VERSION + "/pickup/02")
                .header("Prn", prn));
    }

    public byte[] validateAddress(CarrierContext ctx, UpsSettings settings, Object body) {
        return send(ctx, settings, UpsCall.post(VALIDATE_ADDRESS,
                "/api/addressvalidation/" + ADDRESS_VALIDATION_VERSION + "/" + VALIDATE_AND_CLASSIFY, body));
    }

    /** Which delivery changes UPS allows for the package now (Delivery Intercept eligibility). */
    public byte[] interceptEligibility(CarrierContext ctx, UpsSettings settings, String trackingNumber) {
        return send(ctx, settings, intercept(UpsCall.of(NDR_ACTION, "GET", interceptPath("/eligibility/intercept/", trackingNumber))));
    }

    /**
     * A Delivery Intercept request.
     *
     * @param endpoint {@code reschedule}, {@code redirect/address}, {@code return} or {@code willcall}
     */
    public byte[] intercept(CarrierContext ctx, UpsSettings settings, String endpoint, String trackingNumber, Object body) {
        return send(ctx, settings, intercept(UpsCall.post(NDR_ACTION, interceptPath("/" + endpoint + "/", trackingNumber), body)));
    }

    private static String interceptPath(String endpoint, String trackingNumber) {
        return "/api/deliveryintercept/" + DELIVERY_INTERCEPT_VERSION + endpoint + segment(trackingNumber);
    }

    /** Delivery Intercept's own required headers: the calling platform and "U" for a shipper-initiated intercept. */
    private static UpsCall intercept(UpsCall call) {
        return call.header("platformType", TRANSACTION_SRC).header("inquiryType", "U");
    }

    private byte[] send(CarrierContext ctx, UpsSettings settings, UpsCall call) {
        String key = ctx.account().id() + ":" + settings.clientId();
        String token = tokens.get(key, ctx.clock(), () -> fetchToken(ctx, settings));
        CarrierHttpResponse response = call.send(ctx, token);
        if (response.status() == 401) {
            tokens.invalidate(key, token);
            token = tokens.get(key, ctx.clock(), () -> fetchToken(ctx, settings));
            response = call.send(ctx, token);
        }
        if (!response.isSuccess()) {
            throw UpsErrors.of(call.operation(), response);
        }
        return response.body();
    }

    /** {@code POST /security/v1/oauth/token}: client id and secret as HTTP basic auth, the shipper number as x-merchant-id. */
    private static AccessTokens.Token fetchToken(CarrierContext ctx, UpsSettings settings) {
        String basic = Base64.getEncoder().encodeToString(
                (settings.clientId() + ":" + settings.clientSecret()).getBytes(StandardCharsets.UTF_8));
        CarrierHttpResponse response = ctx.request(TOKEN, "POST", TOKEN_PATH)
                .header("Authorization", "Basic " + basic)
                .header("x-merchant-id", settings.accountNumber())
                .header("Accept", "application/json")
                .form(Map.of("grant_type", "client_credentials"))
                .send(ctx.transport());
        if (!response.isSuccess()) {
            throw UpsErrors.of(TOKEN, response);
        }
        TokenAnswer token = UpsWire.read(response.body(), TokenAnswer.class);
        String value = UpsWire.text(token.accessToken());
        if (value == null) {
            throw UpsErrors.authentication("NO_ACCESS_TOKEN", "UPS answered the token request without an access_token");
        }
        Integer expiresIn = UpsWire.integer(token.expiresIn());
        long seconds = expiresIn == null ? 0 : expiresIn;
        return new AccessTokens.Token(value, Duration.ofSeconds(seconds > 0 ? seconds : 3600));
    }

    /** A value as one path segment: a tracking number with a stray '/' or space must not change the path. */
    private static String segment(String value) {
        return FormEncoding.encode(value).replace("+", "%20");
    }

    /** UPS's OAuth answer ({@code expires_in} is text in seconds). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    private record TokenAnswer(@com.fasterxml.jackson.annotation.JsonProperty("access_token") String accessToken,
                               @com.fasterxml.jackson.annotation.JsonProperty("expires_in") String expiresIn) {
    }

    /** One UPS call, sendable twice (the retry after a 401 with a new token). */
    private record UpsCall(String operation, String method, String path, Map<String, String> query,
                           Map<String, String> headers, Object body) {

        static UpsCall of(String operation, String method, String path) {
            return new UpsCall(operation, method, path, Map.of(), Map.of(), null);
        }

        static UpsCall post(String operation, String path, Object body) {
            return new UpsCall(operation, "POST", path, Map.of(), Map.of(), body);
        }

        UpsCall query(Map<String, String> params) {
            return new UpsCall(operation, method, path, params, headers, body);
        }

        UpsCall header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new UpsCall(operation, method, path, query, more, body);
        }

        CarrierHttpResponse send(CarrierContext ctx, String token) {
            CarrierHttpRequest.Builder request = ctx.request(operation, method, path)
                    .query(query)
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .header("transId", UUID.randomUUID().toString().replace("-", ""))
                    .header("transactionSrc", TRANSACTION_SRC);
            headers.forEach(request::header);
            if (body != null) {
                request.json(CarrierJson.write(body));
            }
            return request.send(ctx.transport());
        }
    }
}
