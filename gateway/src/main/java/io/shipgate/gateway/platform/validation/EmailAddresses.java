package io.shipgate.gateway.platform.validation;

import java.util.regex.Pattern;

/**
 * The one check of an email address typed into a form (a console user's, a tenant's support address): a local part of
 * 1 to 64 characters, an {@code @}, a domain with a dot, no spaces, at most 254 characters. Request bodies use
 * {@code @Email} instead; this is for values a service checks itself.
 */
public final class EmailAddresses {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{1,63}$");

    private EmailAddresses() {
    }

    public static boolean valid(String email) {
        return email != null && email.length() <= 254 && EMAIL.matcher(email).matches();
    }
}
