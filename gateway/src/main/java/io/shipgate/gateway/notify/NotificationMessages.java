package io.shipgate.gateway.notify;

import io.shipgate.gateway.branding.Branding;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a milestone's message in the recipient's language with the tenant's branding: the subject, the plain text
 * ({@code templates/mail/notification.txt}) and the HTML ({@code templates/mail/notification.html}), texts from
 * {@code i18n/mail*.properties}. Its own template engine (not Spring Boot's, which serves the pages' HTML views), with
 * the same message source.
 */
@Component
class NotificationMessages {

    /** The content id of an inline logo ({@code cid:logo}). */
    static final String LOGO_CID = "logo";

    /**
     * What a message says about its parcel.
     *
     * @param fullName  the recipient's name as on the address; null: greeted without a name
     * @param trackingUrl    the branded tracking page
     * @param selfServiceUrl for a failed delivery, the customer's link to act on it (then the message's button); else null
     * @param logo           the logo's address ({@code cid:logo} or a URL), null for none
     */
    record Facts(Milestone milestone, String language, String fullName, String reference, String awb, LocalDate eta,
                 String trackingUrl, String selfServiceUrl, String logo) {
    }

    /** A message to send: subject, plain text and HTML. */
    record Letter(String subject, String text, String html, Locale locale) {
    }

    private final SpringTemplateEngine templates = new SpringTemplateEngine();
    private final MessageSource messages;

    NotificationMessages(MessageSource messages) {
        this.messages = messages;
        templates.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        templates.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
        templates.setTemplateEngineMessageSource(messages);
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    Letter write(Branding brand, Facts facts) {
        Locale locale = Locale.forLanguageTag(facts.language());
        String key = facts.milestone().key();
        Map<String, Object> model = new HashMap<>();
        model.put("brand", brand);
        model.put("lang", facts.language());
        model.put("milestone", key);
        model.put("fullName", blankToNull(facts.fullName()));
        model.put("firstName", firstName(facts.fullName()));
        model.put("reference", blankToNull(facts.reference()));
        model.put("awb", facts.awb());
        model.put("eta", facts.eta() == null ? null : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(facts.eta()));
        model.put("logo", facts.logo());
        boolean selfService = facts.selfServiceUrl() != null;
        model.put("actionUrl", selfService ? facts.selfServiceUrl() : facts.trackingUrl());
        model.put("trackingUrl", selfService ? facts.trackingUrl() : null);
        model.put("trackLabel", messages.getMessage("mail.track", null, locale));
        model.put("actionLabel", messages.getMessage(selfService ? "mail.delivery_failed.action" : "mail.track", null, locale));
        model.put("actionHint", selfService ? messages.getMessage("mail.delivery_failed.action_hint", null, locale) : null);
        String subject = messages.getMessage("mail." + key + ".subject", new Object[]{brand.displayName()}, locale);
        model.put("subject", subject);
        Context context = new Context(locale, model);
        return new Letter(subject, templates.process("notification.txt", context), templates.process("notification.html", context), locale);
    }

    /**
     * The milestone's SMS: one short text with the tenant's name and the link (the self-service one for a failed
     * delivery when there is one, else the tracking page; a return's has none).
     */
    String sms(Branding brand, Milestone milestone, String language, String link, boolean selfService) {
        String key = "mail.sms." + milestone.key() + (milestone == Milestone.DELIVERY_FAILED && !selfService ? ".track" : "");
        return messages.getMessage(key, new Object[]{brand.displayName(), link}, Locale.forLanguageTag(language));
    }

    /** The first word of a name, for a greeting; null for none. */
    static String firstName(String name) {
        String clean = blankToNull(name);
        return clean == null ? null : clean.split("\\s+", 2)[0];
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
