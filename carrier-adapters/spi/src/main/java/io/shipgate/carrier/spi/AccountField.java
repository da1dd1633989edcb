package io.shipgate.carrier.spi;

import io.shipgate.carrier.model.PrintableText;

/**
 * One setting or credential a carrier account of this carrier takes.
 *
 * @param secret   credentials (keys, passwords, secrets) are encrypted at rest, write-only in the
 *                 API and never logged; settings (account numbers, options) are readable
 * @param required whether an account cannot work without it
 * @param type     the values it takes, checked when an account is created or updated
 */
public record AccountField(String name, boolean secret, boolean required, String description, FieldType type) {

    /** Longest name of a setting or credential. */
    public static final int MAX_NAME_LENGTH = 64;
    /** Longest value of any setting or credential (a field's type may allow less). */
    public static final int MAX_VALUE_LENGTH = 2048;
    /** Settings or credentials a carrier declares a type for by default: text, as long as a credential may be or a short setting. */
    private static final FieldType CREDENTIAL_TEXT = FieldType.text(MAX_VALUE_LENGTH);
    private static final FieldType SETTING_TEXT = FieldType.text(200);

    /** A field of free text (up to 2048 characters for a credential, 200 for a setting). */
    public AccountField(String name, boolean secret, boolean required, String description) {
        this(name, secret, required, description, secret ? CREDENTIAL_TEXT : SETTING_TEXT);
    }

    public static AccountField credential(String name, String description) {
        return new AccountField(name, true, true, description);
    }

    public static AccountField setting(String name, boolean required, String description) {
        return new AccountField(name, false, required, description);
    }

    /** This field taking values of {@code newType}. */
    public AccountField withType(FieldType newType) {
        return new AccountField(name, secret, required, description, newType);
    }

    /**
     * What is wrong with {@code value} (already trimmed), completing "settings.NAME ..."; null when
     * it is valid. Every value is one line of printable characters (it may travel in an HTTP
     * header) of at most {@link #MAX_VALUE_LENGTH}, and of the field's type. The value is never quoted.
     */
    public String problem(String value) {
        String text = PrintableText.problem(value, MAX_VALUE_LENGTH, false);
        if (text != null) {
            return text;
        }
        return type.accepts(value) ? null : "must be " + type.describe();
    }
}
