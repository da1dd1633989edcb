package io.shipgate.carrier.spi;

/**
 * One setting or credential a carrier account of this carrier takes.
 *
 * @param secret   credentials (keys, passwords, secrets) are encrypted at rest, write-only in the
 *                 API and never logged; settings (account numbers, options) are readable
 * @param required whether an account cannot work without it
 */
public record AccountField(String name, boolean secret, boolean required, String description) {

    public static AccountField credential(String name, String description) {
        return new AccountField(name, true, true, description);
    }

    public static AccountField setting(String name, boolean required, String description) {
        return new AccountField(name, false, required, description);
    }
}
