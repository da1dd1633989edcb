package io.shipgate.gateway.notify;

import java.util.Locale;

/** How a customer's message travels. */
enum Channel {

    /** Through the operator's SMTP server (spring.mail.*), text and HTML. */
    EMAIL,
    /** Through the operator's SMS provider ({@link SmsProvider}; the HTTP webhook one by default), one short text. */
    SMS;

    /** The column's value: {@code email}, {@code sms}. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Channel of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
