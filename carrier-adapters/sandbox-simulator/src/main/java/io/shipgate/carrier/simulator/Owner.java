package io.shipgate.carrier.simulator;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The account behind a request, known only by a digest of its API key keyed with the simulator's
 * secret: the simulator never keeps an API key, and an AWB's owner tag cannot be computed, nor a key
 * matching it searched for offline, without that secret.
 */
final class Owner {

    private static final long TAGS = pow(10, SandboxAwb.TAG_LENGTH);

    private final byte[] digest;
    private final String id;

    private Owner(byte[] digest) {
        this.digest = digest;
        this.id = HexFormat.of().formatHex(digest);
    }

    /** The owner of requests sent with {@code apiKey}, under the simulator's {@code secret}. */
    static Owner of(byte[] secret, String apiKey) {
        return new Owner(Digests.hmacSha256(secret, apiKey.getBytes(StandardCharsets.UTF_8)));
    }

    /** Names the owner where the simulator remembers what it did, such as the scope of idempotency keys. */
    String id() {
        return id;
    }

    /** The owner tag of an AWB that starts with {@code tagged}: HMAC-SHA256 keyed with this owner's digest, in decimal digits. */
    String tag(String tagged) {
        long drawn = ByteBuffer.wrap(Digests.hmacSha256(digest, tagged.getBytes(StandardCharsets.US_ASCII))).getLong() >>> 1;
        String tag = Long.toString(drawn % TAGS);
        return "0".repeat(SandboxAwb.TAG_LENGTH - tag.length()) + tag;
    }

    /** Whether {@code awb}, a valid sandbox AWB, was created for this owner. */
    boolean owns(String awb) {
        return MessageDigest.isEqual(tag(SandboxAwb.tagged(awb)).getBytes(StandardCharsets.US_ASCII),
                SandboxAwb.ownerTag(awb).getBytes(StandardCharsets.US_ASCII));
    }

    private static long pow(long base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }
}
