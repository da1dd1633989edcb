package io.shipgate.gateway.pages;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The pages' date and time formats per language ({@code pages.format.day}, {@code pages.format.time}), built once each. */
@Component
class PageFormats {

    /** A language's day ("Fri 11 Dec", "12月11日(金)") and time ("12:36 PM", "12:36") formats. */
    record Formats(DateTimeFormatter day, DateTimeFormatter time) {
    }

    private final MessageSource messages;
    private final Map<Locale, Formats> byLocale = new ConcurrentHashMap<>();

    PageFormats(MessageSource messages) {
        this.messages = messages;
    }

    Formats of(Locale locale) {
        return byLocale.computeIfAbsent(locale, l -> new Formats(
                DateTimeFormatter.ofPattern(messages.getMessage("pages.format.day", null, l), l),
                DateTimeFormatter.ofPattern(messages.getMessage("pages.format.time", null, l), l)));
    }
}
