package io.shipgate.carrier.sandbox.simulator;

import java.time.Instant;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The sandbox's air waybill numbers, 17 characters: {@code SB}, the creation time as epoch
 * milliseconds in base 36 (8 characters, upper case, zero-padded, enough until 2059), 6 random
 * base-36 characters, and one check character.
 *
 * <p>The check character is ISO/IEC 7064 MOD 37,36 (the hybrid system for alphanumeric strings)
 * over the 16 characters before it: it catches every single wrong character and almost every
 * swap of two neighbours. Because the number carries its creation time, tracking needs no stored
 * state and keeps working after the simulator restarts.
 */
public final class SandboxAwb {

    public static final int LENGTH = 17;
    private static final String PREFIX = "SB";
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int RADIX = 36;
    private static final int TIME_CHARS = 8;
    private static final int RANDOM_CHARS = 6;

    private SandboxAwb() {
    }

    /** A new AWB created at {@code createdAt}, with random characters from {@code random}. */
    public static String create(Instant createdAt, RandomGenerator random) {
        String time = Long.toString(createdAt.toEpochMilli(), RADIX).toUpperCase(Locale.ROOT);
        if (createdAt.toEpochMilli() < 0 || time.length() > TIME_CHARS) {
            throw new IllegalArgumentException("an AWB cannot encode the time " + createdAt);
        }
        StringBuilder awb = new StringBuilder(LENGTH).append(PREFIX).append("0".repeat(TIME_CHARS - time.length())).append(time);
        for (int i = 0; i < RANDOM_CHARS; i++) {
            awb.append(ALPHABET.charAt(random.nextInt(RADIX)));
        }
        return awb.append(checkCharacter(awb)).toString();
    }

    /** Whether {@code awb} has the sandbox's form and a correct check character. */
    public static boolean isValid(String awb) {
        if (awb == null || awb.length() != LENGTH || !awb.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < LENGTH; i++) {
            if (ALPHABET.indexOf(awb.charAt(i)) < 0) {
                return false;
            }
        }
        return checkCharacter(awb.substring(0, LENGTH - 1)) == awb.charAt(LENGTH - 1);
    }

    /** When the shipment with this AWB was created. */
    public static Instant createdAt(String awb) {
        if (!isValid(awb)) {
            throw new IllegalArgumentException("not a sandbox AWB");
        }
        return Instant.ofEpochMilli(Long.parseLong(awb.substring(PREFIX.length(), PREFIX.length() + TIME_CHARS), RADIX));
    }

    /** ISO/IEC 7064 MOD 37,36: the character that makes the hybrid checksum of the whole string 1. */
    private static char checkCharacter(CharSequence data) {
        int product = RADIX;
        for (int i = 0; i < data.length(); i++) {
            int sum = (product + ALPHABET.indexOf(data.charAt(i))) % RADIX;
            product = (2 * (sum == 0 ? RADIX : sum)) % (RADIX + 1);
        }
        return ALPHABET.charAt((RADIX + 1 - product) % RADIX);
    }
}
