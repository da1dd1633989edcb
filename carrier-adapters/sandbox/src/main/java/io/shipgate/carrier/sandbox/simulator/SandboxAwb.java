package io.shipgate.carrier.sandbox.simulator;

import java.time.Instant;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * The sandbox's air waybill numbers, 22 characters: {@code SB}, the creation time as epoch
 * milliseconds in base 36 (8 characters, upper case, zero-padded, enough until 2059), 6 random
 * base-36 characters, a 5-character owner tag, and one check character.
 *
 * <p>The owner tag binds the AWB to the account that bought it: the simulator draws it from a keyed
 * digest of that account's API key and the 16 characters before it ({@link Owner#tag}), so only
 * that account can cancel or track it. The check character is ISO/IEC 7064 MOD 37,36 (the hybrid
 * system for alphanumeric strings) over the 21 characters before it: it catches every single wrong
 * character and almost every swap of two neighbours. Because the number carries its creation time
 * and its owner, tracking needs no stored state and keeps working after the simulator restarts.
 */
public final class SandboxAwb {

    public static final int LENGTH = 22;
    /** How many characters of an AWB its owner tag is drawn from: prefix, time and random ones. */
    static final int TAGGED_LENGTH = 16;
    static final int TAG_LENGTH = 5;
    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String PREFIX = "SB";
    private static final int RADIX = 36;
    private static final int TIME_CHARS = 8;
    private static final int RANDOM_CHARS = 6;

    private SandboxAwb() {
    }

    /**
     * A new AWB created at {@code createdAt}, with random characters from {@code random}.
     *
     * @param ownerTag the owner tag of the first 16 characters: {@value #TAG_LENGTH} characters of base 36
     */
    public static String create(Instant createdAt, RandomGenerator random, UnaryOperator<String> ownerTag) {
        String time = Long.toString(createdAt.toEpochMilli(), RADIX).toUpperCase(Locale.ROOT);
        if (createdAt.toEpochMilli() < 0 || time.length() > TIME_CHARS) {
            throw new IllegalArgumentException("an AWB cannot encode the time " + createdAt);
        }
        StringBuilder awb = new StringBuilder(LENGTH).append(PREFIX).append("0".repeat(TIME_CHARS - time.length())).append(time);
        for (int i = 0; i < RANDOM_CHARS; i++) {
            awb.append(ALPHABET.charAt(random.nextInt(RADIX)));
        }
        String tag = ownerTag.apply(awb.toString());
        if (tag.length() != TAG_LENGTH || !inAlphabet(tag)) {
            throw new IllegalArgumentException("an owner tag is " + TAG_LENGTH + " characters of base 36");
        }
        awb.append(tag);
        return awb.append(checkCharacter(awb)).toString();
    }

    /** Whether {@code awb} has the sandbox's form and a correct check character (whoever owns it). */
    public static boolean isValid(String awb) {
        return awb != null && awb.length() == LENGTH && awb.startsWith(PREFIX) && inAlphabet(awb.substring(PREFIX.length()))
                && checkCharacter(awb.substring(0, LENGTH - 1)) == awb.charAt(LENGTH - 1);
    }

    /** When the shipment with this AWB was created. */
    public static Instant createdAt(String awb) {
        requireValid(awb);
        return Instant.ofEpochMilli(Long.parseLong(awb.substring(PREFIX.length(), PREFIX.length() + TIME_CHARS), RADIX));
    }

    /** The characters the owner tag is drawn from. */
    static String tagged(String awb) {
        requireValid(awb);
        return awb.substring(0, TAGGED_LENGTH);
    }

    static String ownerTag(String awb) {
        requireValid(awb);
        return awb.substring(TAGGED_LENGTH, TAGGED_LENGTH + TAG_LENGTH);
    }

    private static void requireValid(String awb) {
        if (!isValid(awb)) {
            throw new IllegalArgumentException("not a sandbox AWB");
        }
    }

    private static boolean inAlphabet(String characters) {
        return characters.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
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
