package io.shipgate.carrier.model;

import java.util.Objects;

/**
 * Something the carrier said beside a usable answer: a warning about a quote, or why one service of
 * several could not be quoted. Errors as data, next to the partial result, instead of an exception that
 * would throw the usable part away.
 *
 * @param code    the carrier's own code, or the adapter's (e.g. {@code LABEL_UNREADABLE}); never null
 * @param text    the carrier's human-readable reason, safe to show a merchant
 * @param service the carrier service the message is about, or null when it is about the whole answer
 */
public record CarrierMessage(String code, String text, Level level, String service) {

    public enum Level { INFO, WARNING, ERROR }

    /** The adapter could not read a label the carrier sold: the shipment stands, its label is missing. */
    public static final String LABEL_UNREADABLE = "LABEL_UNREADABLE";
    /** Quotes of one carrier answer came in more than one currency. */
    public static final String MIXED_CURRENCIES = "MIXED_CURRENCIES";

    public CarrierMessage {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        text = text == null || text.isBlank() ? code : text;
    }

    public static CarrierMessage warning(String code, String text) {
        return new CarrierMessage(code, text, Level.WARNING, null);
    }

    public static CarrierMessage serviceError(String service, String code, String text) {
        return new CarrierMessage(code, text, Level.ERROR, service);
    }
}
