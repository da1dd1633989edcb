package io.shipgate.carrier.sandbox.webhook;

import io.shipgate.carrier.model.InboundWebhook;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.sandbox.SandboxErrors;
import io.shipgate.carrier.sandbox.SandboxTracking;
import io.shipgate.carrier.sandbox.SandboxTracking.WireTracking;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.TrackingPushes;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * The sandbox's tracking push: the tracking answer's shape ({@code {"awb","status","events"}}),
 * signed with {@code X-Sandbox-Signature: sha256=<hex HMAC-SHA256 of the raw body>} under the
 * account's webhook secret. A push without a valid signature, or to an account without a secret,
 * is refused (AUTHENTICATION); signatures are compared in constant time. A signed body that is not
 * such a push is INVALID_REQUEST ({@link TrackingPushes}).
 */
public final class SandboxWebhookMapper {

    public static final String SIGNATURE_HEADER = "X-Sandbox-Signature";
    private static final String SCHEME = "sha256=";
    private static final String HMAC = "HmacSHA256";

    private SandboxWebhookMapper() {
    }

    /**
     * Verifies and parses a push.
     *
     * @param webhookSecret the account's secret, or null when it has none
     */
    public static List<TrackingResult> parse(String webhookSecret, InboundWebhook webhook) {
        if (webhookSecret == null) {
            throw refused("NO_WEBHOOK_SECRET", "the sandbox account has no webhook_secret to verify pushes with");
        }
        String signature = webhook.header(SIGNATURE_HEADER);
        if (signature == null || !signature.startsWith(SCHEME)) {
            throw refused("MISSING_SIGNATURE", "the push has no " + SIGNATURE_HEADER + ": " + SCHEME + "<hex> header");
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.substring(SCHEME.length()).strip());
        } catch (IllegalArgumentException e) {
            throw refused("INVALID_SIGNATURE", "the push's signature is not hexadecimal");
        }
        if (!MessageDigest.isEqual(sign(webhookSecret, webhook.body()), given)) {
            throw refused("INVALID_SIGNATURE", "the push's signature does not match its body");
        }
        byte[] body = webhook.body();
        return TrackingPushes.read(SandboxErrors.CARRIER, () -> List.of(SandboxTracking.result(SandboxErrors.read(body, WireTracking.class), body)));
    }

    /** The HMAC-SHA256 of {@code body} under {@code secret}, as the sandbox signs pushes. */
    public static byte[] sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + HMAC, e);
        }
    }

    private static CarrierException refused(String code, String message) {
        return SandboxErrors.pushRefused(code, message);
    }
}
