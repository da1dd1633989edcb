package io.shipgate.carrier.simulator;

import java.util.concurrent.ThreadLocalRandom;

/** Short random confirmation numbers, such as carriers hand out for pickups and NDR requests. */
final class RandomIds {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private RandomIds() {
    }

    /** {@code prefix} followed by {@code length} random digits and capital letters (no I or O). */
    static String next(String prefix, int length) {
        StringBuilder id = new StringBuilder(prefix);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < length; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
