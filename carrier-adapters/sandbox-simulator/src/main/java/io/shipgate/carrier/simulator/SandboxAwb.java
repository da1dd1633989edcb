package io.shipgate.carrier.simulator;

import java.time.Instant;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * The sandbox's air waybill numbers, 30 characters: {@code SB} and 28 digits: the creation time in
 * epoch milliseconds (13 digits, zero-padded), 7 random digits, a 7-digit owner tag and one check
 * digit. Digits after the prefix keep the label's Code 128 barcode compact (code set C packs two
 * digits per symbol), so its bars stay 3 dots wide on a 4x6 label and scan at any print resolution.
 *
 * <p>The owner tag binds the AWB to the account that bought it: the simulator draws it from a keyed
 * digest of that account's API key and the 22 characters before it ({@link Owner#tag}), so only
 * that account can cancel or track it. The check digit is ISO/IEC 7064 MOD 11,10 over the 27 digits
 * before it: it catches every single wrong digit and almost every swap of two neighbours. Because
 * the number carries its creation time and its owner, tracking needs no stored state and keeps
 * working after the simulator restarts.
 */
public final class SandboxAwb {

    public static final int LENGTH = 30;
    /** How many characters of an AWB its owner tag is drawn from: prefix, time and random digits. */
    static final int TAGGED_LENGTH = 22;
    static final int TAG_LENGTH = 7;
    private static final String PREFIX = "SB";
    private static final int TIME_DIGITS = 13;
    private static final int RANDOM_DIGITS = 7;

    private SandboxAwb() {
    }

    /**
     * A new AWB created at {@code createdAt}, with random digits from {@code random}.
     *
     * @param ownerTag the owner tag of the first 22 characters: {@value #TAG_LENGTH} digits
     */
    public static String create(Instant createdAt, RandomGenerator random, UnaryOperator<String> ownerTag) {
        String time = Long.toString(createdAt.toEpochMilli());
        if (createdAt.toEpochMilli() < 0 || time.length() > TIME_DIGITS) {
            throw new IllegalArgumentException("an AWB cannot encode the time " + createdAt);
        }
        StringBuilder awb = new StringBuilder(LENGTH).append(PREFIX).append("0".repeat(TIME_DIGITS - time.length())).append(time);
        for (int i = 0; i < RANDOM_DIGITS; i++) {
            awb.append((char) ('0' + random.nextInt(10)));
        }
        String tag = ownerTag.apply(awb.toString());
        if (tag.length() != TAG_LENGTH || !digits(tag)) {
            throw new IllegalArgumentException("an owner tag is " + TAG_LENGTH + " digits");
        }
        awb.append(tag);
        return awb.append(checkDigit(awb.substring(PREFIX.length()))).toString();
    }

    /** Whether {@code awb} has the sandbox's form and a correct check character (whoever owns it). */
    public static boolean isValid(String awb) {
        return awb != null && awb.length() == LENGTH && awb.startsWith(PREFIX) && digits(awb.substring(PREFIX.length()))
                && checkDigit(awb.substring(PREFIX.length(), LENGTH - 1)) == awb.charAt(LENGTH - 1);
    }

    /** When the shipment with this AWB was created. */
    public static Instant createdAt(String awb) {
        requireValid(awb);
        return Instant.ofEpochMilli(Long.parseLong(awb.substring(PREFIX.length(), PREFIX.length() + TIME_DIGITS)));
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

    private static boolean digits(String characters) {
        return characters.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** ISO/IEC 7064 MOD 11,10: the digit that makes the hybrid checksum of the digits 1. */
    private static char checkDigit(CharSequence digits) {
        int product = 10;
        for (int i = 0; i < digits.length(); i++) {
            int sum = (product + digits.charAt(i) - '0') % 10;
            product = (2 * (sum == 0 ? 10 : sum)) % 11;
        }
        return (char) ('0' + (11 - product) % 10);
    }
}
