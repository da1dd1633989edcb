package io.shipgate.gateway.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * API keys: the kind's prefix ({@code sg_live_}, {@code sg_test_}, {@code sg_op_}) + 43 characters
 * of base62 (256 random bits). Keys issued before kinds existed start with {@code sg_} and are live
 * keys. Only a SHA-256 digest is stored; with that much entropy a slow hash buys nothing, and a
 * digest can be looked up by index. The kind is read from the stored row, never from the prefix.
 */
final class ApiKeys {

    private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int RANDOM_CHARACTERS = 43;
    private static final int SHOWN_CHARACTERS = 4;

    private ApiKeys() {
    }

    public static String generate(ApiKeyKind kind) {
        StringBuilder sb = new StringBuilder(kind.prefix());
        for (int i = 0; i < RANDOM_CHARACTERS; i++) {
            sb.append(BASE62[RANDOM.nextInt(BASE62.length)]);
        }
        return sb.toString();
    }

    public static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The prefix and a few characters, enough to recognise a key in a list without revealing it. */
    static String displayPrefix(ApiKeyKind kind, String key) {
        return key.substring(0, kind.prefix().length() + SHOWN_CHARACTERS);
    }
}
