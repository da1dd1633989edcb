package io.shipgate.gateway.shopify;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Shopify's signature of a callback: {@code X-Shopify-Hmac-Sha256} is the base64 of the HMAC-SHA256 of the raw body
 * with the app's shared secret. Compared in constant time, on the bytes as received (never a re-serialized body).
 */
final class ShopifySignature {

    static final String HEADER = "X-Shopify-Hmac-Sha256";

    private ShopifySignature() {
    }

    static String sign(String secret, byte[] body) {
        return Base64.getEncoder().encodeToString(hmac(secret, body));
    }

    /** Whether {@code header} is the body's signature with the secret; a missing or malformed header is not. */
    static boolean valid(String secret, byte[] body, String header) {
        if (header == null || header.isBlank() || header.length() > 100) {
            return false;
        }
        byte[] presented;
        try {
            presented = Base64.getDecoder().decode(header.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, body), presented);
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HMAC-SHA256", e);
        }
    }
}
