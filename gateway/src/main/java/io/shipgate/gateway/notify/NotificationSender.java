package io.shipgate.gateway.notify;

import io.micrometer.core.instrument.MeterRegistry;
import io.shipgate.carrier.model.Address;
import io.shipgate.gateway.branding.Branding;
import io.shipgate.gateway.branding.BrandingService;
import io.shipgate.gateway.branding.NdrSelfServiceLinks;
import io.shipgate.gateway.branding.PublicLinks;
import io.shipgate.gateway.shipment.ShipmentLookup;
import io.shipgate.routes.job.Backoff;
import io.shipgate.routes.job.DueWorkRoute;
import io.shipgate.routes.job.JobSettings;
import io.shipgate.routes.port.Shipment;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The notification sender, a {@link DueWorkRoute} ({@code shipgate.notifications.sender.*}) on every node: each run claims
 * due messages ({@code sending}, committed before any SMTP conversation) and sends each one to the shipment's recipient
 * through Spring's {@code JavaMailSender} (an SMS through the {@link SmsProvider}), then records it {@code sent}. An SMTP failure is retried with a growing wait
 * ({@code shipgate.notifications.retry.*}, up to {@code max-attempts}); a recipient address the server refuses is not
 * retried. A message whose node stopped between the claim and the record is not sent again ({@code unknown}): at most
 * once when a node dies, and only a server that accepts a message but whose answer is lost (a timeout after the data)
 * could get it sent twice; docs/pages.md, "Customer notifications". Logs name ids only, never an address or a name.
 */
@Component
class NotificationSender extends DueWorkRoute<CustomerNotifications.Notification> {

    static final String ENDPOINT = "direct:sendNotifications";
    static final String COUNTER = "shipgate.notifications";
    /** The languages of destination countries, used when the tenant offers them. */
    static final Map<String, String> COUNTRY_LANGUAGES = Map.of("JP", "ja", "KR", "ko", "IN", "hi");
    private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"'@,;:]+@[^\\s<>\"'@,;:]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{6,}[0-9]");

    private final CustomerNotifications notifications;
    private final NotificationSettingsService settings;
    private final NotificationMessages messages;
    private final NotificationProperties properties;
    private final EmailSwitch email;
    private final SmsSwitch sms;
    private final ShipmentLookup shipments;
    private final BrandingService branding;
    private final PublicLinks links;
    private final ObjectProvider<NdrSelfServiceLinks> selfService;
    private final MeterRegistry meters;

    NotificationSender(CustomerNotifications notifications, NotificationSettingsService settings, NotificationMessages messages,
                       NotificationProperties properties, EmailSwitch email, SmsSwitch sms, ShipmentLookup shipments, BrandingService branding,
                       PublicLinks links, ObjectProvider<NdrSelfServiceLinks> selfService, MeterRegistry meters, Clock clock,
                       @Value("${shipgate.notifications.sender.enabled:true}") boolean enabled,
                       @Value("${shipgate.notifications.sender.interval:1s}") Duration interval,
                       @Value("${shipgate.notifications.sender.batch-size:20}") int batchSize) {
        // the hold outlasts one message's SMTP conversation (spring.mail.properties.mail.smtp.*timeout, 10 s each)
        super("notificationSender", ENDPOINT, new JobSettings(enabled && (email.on() || sms.on()), interval, batchSize), properties.maxAttempts,
                Duration.ofMinutes(2), new Backoff(properties.firstRetry, properties.maxRetry), notifications, clock);
        this.notifications = notifications;
        this.settings = settings;
        this.messages = messages;
        this.properties = properties;
        this.email = email;
        this.sms = sms;
        this.shipments = shipments;
        this.branding = branding;
        this.links = links;
        this.selfService = selfService;
        this.meters = meters;
    }

    @Override
    protected String work(CustomerNotifications.Notification n) {
        if (!settings.sends(n.tenantId(), n.milestone(), n.channel())) {
            return skip(n, "switched_off");
        }
        Shipment shipment = n.shipmentId() == null ? null : shipments.find(n.tenantId(), n.shipmentId()).orElse(null);
        if (shipment == null || shipment.recipient() == null) {
            return skip(n, "no_shipment"); // a tracker's events, or a standalone return: no recipient on file
        }
        Address recipient = shipment.recipient();
        Branding brand = branding.get(n.tenantId());
        String language = language(brand, recipient.country());
        // a return's AWB is not a parcel on its way to the customer: its message has no tracking link
        String trackingUrl = n.milestone() == Milestone.RETURN_RECEIVED ? null : links.tracking(brand.slug(), n.awb());
        String selfServiceUrl = n.milestone() == Milestone.DELIVERY_FAILED
                ? selfService.stream().findFirst().flatMap(l -> l.link(n.tenantId(), n.shipmentId())).orElse(null) : null;
        return n.channel() == Channel.SMS ? text(n, recipient, brand, language, trackingUrl, selfServiceUrl)
                : email(n, shipment, brand, language, trackingUrl, selfServiceUrl);
    }

    private String email(CustomerNotifications.Notification n, Shipment shipment, Branding brand, String language, String trackingUrl,
                         String selfServiceUrl) {
        if (!email.on()) {
            throw new IllegalStateException("no SMTP server is configured (spring.mail.host)");
        }
        Address recipient = shipment.recipient();
        String to = blank(recipient.email()) ? null : recipient.email().strip();
        if (to == null) {
            return skip(n, "no_email");
        }
        try {
            new InternetAddress(to, true);
        } catch (AddressException e) {
            return skip(n, "invalid_email");
        }
        BrandingService.Logo logo = properties.logo == NotificationProperties.LogoMode.INLINE && brand.hasLogo()
                ? branding.logo(n.tenantId()).orElse(null) : null;
        String logoSrc = logo != null ? "cid:" + NotificationMessages.LOGO_CID
                : properties.logo == NotificationProperties.LogoMode.LINK && brand.hasLogo()
                ? links.baseUrl() + "/assets/brand/" + brand.slug() + "/logo" : null;
        NotificationMessages.Letter letter = messages.write(brand, new NotificationMessages.Facts(n.milestone(), language,
                recipient.name(), shipment.reference(), n.awb(), n.milestone() == Milestone.SHIPPED ? shipment.estimatedDelivery() : null,
                trackingUrl, selfServiceUrl, logoSrc));
        String messageId = "<" + n.id() + "@" + domain(properties.from) + ">";
        try {
            email.sender().send(mime(brand, to, letter, logo, messageId));
        } catch (MailException e) {
            if (refused(e)) {
                notifications.giveUp(n, "the SMTP server refused the recipient's address");
                return "address_refused";
            }
            throw new IllegalStateException("SMTP: " + describe(e));
        }
        return recorded(n, language, messageId);
    }

    private String text(CustomerNotifications.Notification n, Address recipient, Branding brand, String language, String trackingUrl,
                        String selfServiceUrl) {
        if (!sms.on()) {
            throw new IllegalStateException("no SMS provider is configured (shipgate.notifications.sms.webhook-url)");
        }
        if (blank(recipient.phone())) {
            return skip(n, "no_phone");
        }
        String text = messages.sms(brand, n.milestone(), language, selfServiceUrl != null ? selfServiceUrl : trackingUrl,
                selfServiceUrl != null);
        try {
            sms.provider().send(new SmsProvider.Sms(n.id(), n.tenantId(), recipient.phone().strip(), text, language, n.milestone().name()));
        } catch (RuntimeException e) {
            throw new IllegalStateException("SMS: " + PHONE.matcher(describe(e)).replaceAll("<phone>"));
        }
        return recorded(n, language, n.id().toString());
    }

    /** Records a message sent. Should that fail, it stays 'sending' and becomes 'unknown' once its hold ends: never sent again. */
    private String recorded(CustomerNotifications.Notification n, String language, String messageId) {
        try {
            notifications.sent(n, language, messageId);
        } catch (RuntimeException e) {
            log.warn("notificationSender {}: sent, but recording it failed: {}", n.id(), e.getClass().getSimpleName());
            return "sent_unrecorded";
        }
        return "sent";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private MimeMessage mime(Branding brand, String to, NotificationMessages.Letter letter, BrandingService.Logo logo, String messageId) {
        try {
            MimeMessage mime = email.sender().createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_RELATED, "UTF-8");
            helper.setFrom(properties.from, brand.displayName());
            helper.setTo(to);
            if (brand.supportEmail() != null) {
                helper.setReplyTo(brand.supportEmail());
            }
            helper.setSubject(letter.subject());
            helper.setText(letter.text(), letter.html());
            if (logo != null) {
                helper.addInline(NotificationMessages.LOGO_CID, new ByteArrayResource(logo.bytes()), logo.contentType());
            }
            mime.setHeader("Content-Language", letter.locale().toLanguageTag());
            // an automatic message (RFC 3834): no out-of-office replies; a retry keeps its Message-ID
            mime.setHeader("Auto-Submitted", "auto-generated");
            mime.setHeader("Message-ID", messageId);
            return mime;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("the message could not be written: " + describe(e));
        }
    }

    /** The tenant's language for the destination country (JP ja, KR ko, IN hi) when it offers it, else its default. */
    static String language(Branding brand, String country) {
        String wish = country == null ? null : COUNTRY_LANGUAGES.get(country.strip().toUpperCase(Locale.ROOT));
        return brand.language(wish == null ? null : Locale.of(wish));
    }

    private String skip(CustomerNotifications.Notification n, String reason) {
        notifications.skipped(n, reason);
        return reason;
    }

    /**
     * After each run: the messages whose node stopped between their claim and its record (their hold ended) are set
     * aside as {@code unknown}, not sent again; logged by id and counted (outcome {@code unknown}).
     */
    @Override
    protected void afterRun() {
        for (CustomerNotifications.Lapsed lapsed : notifications.lapsed(100)) {
            log.warn("notificationSender {}: its node stopped before recording the outcome; not sent again (unknown)", lapsed.id());
            meters.counter(COUNTER, "channel", lapsed.channel().code(), "milestone", lapsed.milestone().key(), "outcome", "unknown")
                    .increment();
        }
    }

    /** Counted (shipgate.notifications{channel, milestone, outcome}) and logged by id. */
    @Override
    protected void settled(CustomerNotifications.Notification n, String outcome) {
        super.settled(n, outcome);
        meters.counter(COUNTER, "channel", n.channel().code(), "milestone", n.milestone().key(), "outcome", outcome).increment();
    }

    private static boolean refused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AddressException) {
                return true;
            }
            if (t instanceof SendFailedException s && s.getInvalidAddresses() != null && s.getInvalidAddresses().length > 0
                    && (s.getValidSentAddresses() == null || s.getValidSentAddresses().length == 0)) {
                return true;
            }
            if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t.getCause()) {
                if (refused(m.getNextException())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The failure's innermost cause, addresses blanked out: logs and last_error carry no personal data. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        text = EMAIL.matcher(text).replaceAll("<address>").replaceAll("\\s+", " ");
        return text.length() <= 200 ? text : text.substring(0, 200);
    }

    private static String domain(String address) {
        int at = address.lastIndexOf('@');
        String domain = at < 0 ? "" : address.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return domain.isEmpty() ? "shipgate.invalid" : domain;
    }
}
