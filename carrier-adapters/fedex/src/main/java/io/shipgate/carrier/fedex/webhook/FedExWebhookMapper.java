package io.shipgate.carrier.fedex.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.carrier.fedex.FedExErrors;
import io.shipgate.carrier.fedex.FedExTrackResults;
import io.shipgate.carrier.fedex.FedExTrackWire;
import io.shipgate.carrier.fedex.FedExValues;
import io.shipgate.carrier.model.InboundWebhook;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.spi.CarrierJson;
import io.shipgate.carrier.spi.TrackingPushes;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * FedEx Advanced Integrated Visibility pushes: FedEx signs each payload with an HMAC-SHA256 of the
 * raw body keyed by the webhook project's security token, base64-encoded in the
 * {@value #SIGNATURE_HEADER} header (FedEx Developer Portal, Advanced Integrated Visibility business
 * rules); the payload has the Track API's shape ({@code output.completeTrackResults}). A push
 * without a valid signature, or to an account without a security token, is refused
 * (AUTHENTICATION); signatures are compared in constant time. A signed body that is not such a
 * push is INVALID_REQUEST ({@link TrackingPushes}). Each number's result with tracking becomes a
 * {@link TrackingResult} whose raw data is that result's JSON (a number FedEx pushes with several
 * shipments: the one scanned last, never a merge); results that are only an error are left out.
 */
public final class FedExWebhookMapper {

    public static final String SIGNATURE_HEADER = "fdx-signature";
    private static final String HMAC = "HmacSHA256";

    private FedExWebhookMapper() {
    }

    /**
     * Verifies and parses a push.
     *
     * @param securityToken the account's webhook security token, or null when it has none
     */
    public static List<TrackingResult> parse(String securityToken, InboundWebhook webhook) {
        if (securityToken == null) {
            throw FedExErrors.authentication("NO_WEBHOOK_SECURITY_TOKEN", "the FedEx account has no webhook_security_token to verify pushes with");
        }
        String signature = webhook.header(SIGNATURE_HEADER);
        if (signature == null || signature.isBlank()) {
            throw FedExErrors.authentication("MISSING_SIGNATURE", "the push has no " + SIGNATURE_HEADER + " header");
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            throw FedExErrors.authentication("INVALID_SIGNATURE", "the push's " + SIGNATURE_HEADER + " is not base64");
        }
        if (!MessageDigest.isEqual(sign(securityToken, webhook.body()), given)) {
            throw FedExErrors.authentication("INVALID_SIGNATURE", "the push's " + SIGNATURE_HEADER + " does not match its body");
        }
        return TrackingPushes.read(FedExErrors.CODE, () -> parseAll(webhook.body()));
    }

    /** Every tracking result of a push that has tracking, in FedEx's order. */
    public static List<TrackingResult> parseAll(byte[] body) {
        FedExTrackWire.Response push = FedExErrors.read(body, FedExTrackWire.Response.class);
        JsonNode tree = tree(body);
        List<TrackingResult> out = new ArrayList<>();
        List<FedExTrackWire.CompleteResult> entries = push.output() == null ? List.of() : FedExValues.list(push.output().completeTrackResults());
        for (int i = 0; i < entries.size(); i++) {
            FedExTrackWire.CompleteResult entry = entries.get(i);
            FedExTrackResults.Chosen chosen = FedExTrackResults.choose(entry.trackResults(), null);
            if (chosen == null) {
                continue;
            }
            FedExTrackWire.TrackResult result = chosen.result();
            String awb = FedExValues.firstText(entry.trackingNumber(),
                    result.trackingNumberInfo() == null ? null : result.trackingNumberInfo().trackingNumber());
            if (awb != null) {
                int j = FedExValues.list(entry.trackResults()).indexOf(result);
                JsonNode raw = tree.path("output").path("completeTrackResults").path(i).path("trackResults").path(j);
                out.add(FedExTrackResults.result(result, awb, new String(CarrierJson.write(raw), StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    private static JsonNode tree(byte[] body) {
        try {
            return CarrierJson.mapper().readTree(body);
        } catch (IOException e) {
            throw FedExErrors.unexpected("UNPARSEABLE_RESPONSE", "FedEx pushed content that is not JSON", e);
        }
    }

    /** The HMAC-SHA256 of {@code body} under the security token, as FedEx signs pushes. */
    public static byte[] sign(String securityToken, byte[] body) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(securityToken.getBytes(StandardCharsets.UTF_8), HMAC));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + HMAC, e);
        }
    }
}
