package io.shipgate.carrier.fedex.tracking;

import io.shipgate.carrier.fedex.FedExCarrier;
import io.shipgate.carrier.fedex.FedExJson;
import io.shipgate.carrier.model.InboundWebhook;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.TrackingPushes;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

/**
 * FedEx Advanced Integrated Visibility pushes: FedEx signs each payload with an HMAC-SHA256 of the
 * raw body keyed by the webhook project's security token, base64-encoded in the
 * {@value #SIGNATURE_HEADER} header (FedEx Developer Portal, Advanced Integrated Visibility business
 * rules); the payload has the Track API's shape ({@code output.completeTrackResults}). A push
 * without a valid signature, or to an account without a security token, is refused
 * (AUTHENTICATION); signatures are compared in constant time. A signed body that is not such a
 * push is INVALID_REQUEST ({@link TrackingPushes}).
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
            throw refused("NO_WEBHOOK_SECURITY_TOKEN", "the FedEx account has no webhook_security_token to verify pushes with");
        }
        String signature = webhook.header(SIGNATURE_HEADER);
        if (signature == null || signature.isBlank()) {
            throw refused("MISSING_SIGNATURE", "the push has no " + SIGNATURE_HEADER + " header");
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            throw refused("INVALID_SIGNATURE", "the push's " + SIGNATURE_HEADER + " is not base64");
        }
        if (!MessageDigest.isEqual(sign(securityToken, webhook.body()), given)) {
            throw refused("INVALID_SIGNATURE", "the push's " + SIGNATURE_HEADER + " does not match its body");
        }
        return TrackingPushes.read(FedExCarrier.CODE, () -> FedExTrackingMapper.parseAll(FedExJson.read(webhook.body())));
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

    private static CarrierException refused(String code, String message) {
        return new CarrierException(CarrierErrorCategory.AUTHENTICATION, FedExCarrier.CODE, code, message, false);
    }
}
