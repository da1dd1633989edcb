package io.shipgate.gateway.tenant;

import io.shipgate.gateway.platform.problem.ApiException;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A tenant's slug: its name in public URLs ({@code /v1/integrations/shopify/{slug}/rates}): 3 to 63 characters of
 * {@code a-z}, {@code 0-9} and {@code -}, starting and ending with a letter or digit; unique.
 */
final class Slugs {

    static final String PATTERN = "[a-z0-9][a-z0-9-]{1,61}[a-z0-9]";
    private static final Pattern VALID = Pattern.compile(PATTERN);
    private static final char[] SUFFIX = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Slugs() {
    }

    /** A slug from a tenant's name: its letters and digits (accents dropped), dashes between words, at most 40 characters. */
    static String fromName(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        return slug.length() < 3 ? "tenant-" + suffix() : slug;
    }

    /** The slug with a random suffix, for a name whose slug is taken. */
    static String withSuffix(String slug) {
        return slug + "-" + suffix();
    }

    static String check(String field, String slug) {
        if (slug == null || !VALID.matcher(slug).matches()) {
            throw ApiException.invalid(field, "must be 3 to 63 characters of a-z, 0-9 and '-', starting and ending with a letter or digit");
        }
        return slug;
    }

    private static String suffix() {
        StringBuilder sb = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            sb.append(SUFFIX[RANDOM.nextInt(SUFFIX.length)]);
        }
        return sb.toString();
    }
}
