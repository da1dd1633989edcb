package io.shipgate.gateway.notify;

import io.shipgate.gateway.branding.Branding;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The messages in every language and milestone, with the tenant's branding; the recipient's language; no address in errors. */
class NotificationMessagesTest {

    static final Branding BRAND = new Branding(UUID.randomUUID(), "acme", "Acme <Store>", true, "#ffcc00", "#0b5cad", "help@acme.example",
            "+91 22 1234 5678", "Thank you for shopping with us", "en", Branding.SUPPORTED_LANGUAGES);
    static final String TRACKING = "https://track.example.com/t/acme/AWB123";
    static final String SELF_SERVICE = "https://track.example.com/t/acme/AWB123/ndr?token=signed";

    final NotificationMessages messages = new NotificationMessages(messageSource());

    static ResourceBundleMessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/pages", "i18n/mail", "i18n/console");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private NotificationMessages.Letter write(Milestone milestone, String language, String selfService) {
        return messages.write(BRAND, new NotificationMessages.Facts(milestone, language, "Priya <b>Sharma</b>", "ORDER-1001", "AWB123",
                LocalDate.of(2026, 12, 10), TRACKING, selfService, "cid:logo"));
    }

    @Test
    void everyMilestoneIsWrittenInEveryLanguageWithNoTextMissing() {
        for (String language : Branding.SUPPORTED_LANGUAGES) {
            for (Milestone milestone : Milestone.values()) {
                NotificationMessages.Letter letter = write(milestone, language, null);
                assertThat(letter.subject()).as(language + " " + milestone).startsWith("Acme <Store>: ").doesNotContain("??");
                assertThat(letter.text()).as(language + " " + milestone).doesNotContain("??", "[(", "[#").contains("AWB123", TRACKING,
                        "ORDER-1001", "help@acme.example", "+91 22 1234 5678", "Thank you for shopping with us");
                assertThat(letter.html()).as(language + " " + milestone).doesNotContain("??").contains("lang=\"" + language + "\"",
                        "href=\"" + TRACKING + "\"", "src=\"cid:logo\"", "background:#ffcc00", "color:#000000");
                if (!language.equals("en")) {
                    assertThat(letter.subject()).as("translated").isNotEqualTo(write(milestone, "en", null).subject());
                }
            }
        }
    }

    /** Keeps one message per language as test artifacts (target/mail-samples), to look at in a browser. */
    @Test
    void samplesAreKeptForAHumanToLookAt() throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/mail-samples"));
        Branding brand = new Branding(UUID.randomUUID(), "sakura-tea", "Sakura Tea", false, "#2f6f4f", "#1d5c8c", "care@sakura-tea.example",
                "+81 3 1234 5678", "Thank you for your order. Free gift wrapping on your next order with code GIFT.", "ja",
                Branding.SUPPORTED_LANGUAGES);
        for (String language : Branding.SUPPORTED_LANGUAGES) {
            NotificationMessages.Letter letter = messages.write(brand, new NotificationMessages.Facts(Milestone.SHIPPED, language,
                    "山田 花子", "ST-20931", "SBX7730019284", LocalDate.of(2026, 12, 10),
                    "https://track.sakura-tea.example/t/sakura-tea/SBX7730019284", null, null));
            java.nio.file.Files.writeString(dir.resolve("shipped-" + language + ".html"), letter.html());
            java.nio.file.Files.writeString(dir.resolve("shipped-" + language + ".txt"), letter.subject() + "\n\n" + letter.text());
        }
        NotificationMessages.Letter failed = messages.write(BRAND, new NotificationMessages.Facts(Milestone.DELIVERY_FAILED, "en",
                "Priya Sharma", "ORDER-1001", "AWB123", null, TRACKING, SELF_SERVICE, null));
        java.nio.file.Files.writeString(dir.resolve("delivery_failed-en.html"), failed.html());
        java.nio.file.Files.writeString(dir.resolve("delivery_failed-en.txt"), failed.subject() + "\n\n" + failed.text());
    }

    @Test
    void everyMilestonesSmsIsWrittenInEveryLanguageWithItsLink() {
        for (String language : Branding.SUPPORTED_LANGUAGES) {
            for (Milestone milestone : Milestone.values()) {
                String sms = messages.sms(BRAND, milestone, language, TRACKING, false);
                assertThat(sms).as(language + " " + milestone).startsWith("Acme <Store>: ").hasSizeLessThan(220);
                if (milestone != Milestone.RETURN_RECEIVED) {
                    assertThat(sms).as(language + " " + milestone).endsWith(TRACKING);
                }
            }
            assertThat(messages.sms(BRAND, Milestone.DELIVERY_FAILED, language, SELF_SERVICE, true))
                    .isNotEqualTo(messages.sms(BRAND, Milestone.DELIVERY_FAILED, language, SELF_SERVICE, false)).endsWith(SELF_SERVICE);
        }
        assertThat(messages.sms(BRAND, Milestone.OUT_FOR_DELIVERY, "ko", TRACKING, false)).contains("오늘 배달");
    }

    @Test
    void theShippedMessageGivesTheEstimatedDeliveryInTheRecipientsLocale() {
        assertThat(write(Milestone.SHIPPED, "en", null).text()).contains("Estimated delivery: December 10, 2026");
        assertThat(write(Milestone.SHIPPED, "ja", null).text()).contains("お届け予定日: 2026年12月10日");
        assertThat(write(Milestone.SHIPPED, "ko", null).text()).contains("도착 예정일: 2026년 12월 10일");
        assertThat(write(Milestone.SHIPPED, "hi", null).text()).contains("अनुमानित डिलीवरी: 10 दिसंबर 2026");
    }

    @Test
    void aFailedDeliveryLeadsToTheSelfServiceLinkWhenThereIsOne() {
        NotificationMessages.Letter withLink = write(Milestone.DELIVERY_FAILED, "hi", SELF_SERVICE);
        assertThat(withLink.html()).contains("href=\"" + SELF_SERVICE.replace("&", "&amp;") + "\"", "नई तारीख चुनें या पता सुधारें",
                "href=\"" + TRACKING + "\"");
        assertThat(withLink.text()).contains("नई तारीख चुनें या पता सुधारें: " + SELF_SERVICE, TRACKING);

        NotificationMessages.Letter without = write(Milestone.DELIVERY_FAILED, "en", null);
        assertThat(without.text()).contains("Track your parcel: " + TRACKING).doesNotContain("correct your address");
    }

    @Test
    void namesAreGreetedTheLanguagesWayAndEscapedInHtml() {
        assertThat(write(Milestone.DELIVERED, "en", null).text()).contains("Hello Priya,");
        assertThat(write(Milestone.DELIVERED, "ja", null).text()).contains("Priya <b>Sharma</b> 様");
        assertThat(write(Milestone.DELIVERED, "ko", null).text()).contains("Priya <b>Sharma</b> 님, 안녕하세요.");
        String html = write(Milestone.DELIVERED, "ja", null).html();
        assertThat(html).contains("Priya &lt;b&gt;Sharma&lt;/b&gt; 様", "Acme &lt;Store&gt;").doesNotContain("<b>Sharma");
        assertThat(messages.write(BRAND, new NotificationMessages.Facts(Milestone.DELIVERED, "en", null, null, "AWB123", null, TRACKING,
                null, null)).text()).contains("Hello,").doesNotContain("Order ");
    }

    @Test
    void theLanguageFollowsTheDestinationCountryWhenTheTenantOffersIt() {
        Branding all = BRAND;
        Branding englishAndJapanese = new Branding(UUID.randomUUID(), "s", "S", false, "#14213d", "#0b5cad", null, null, null, "en",
                List.of("en", "ja"));
        assertThat(NotificationSender.language(all, "JP")).isEqualTo("ja");
        assertThat(NotificationSender.language(all, "kr")).isEqualTo("ko");
        assertThat(NotificationSender.language(all, "IN")).isEqualTo("hi");
        assertThat(NotificationSender.language(englishAndJapanese, "IN")).as("Hindi not offered").isEqualTo("en");
        assertThat(NotificationSender.language(all, "US")).isEqualTo("en");
        assertThat(NotificationSender.language(all, null)).isEqualTo("en");
    }

    @Test
    void smtpFailuresAreDescribedWithoutAddresses() {
        Exception failure = new org.springframework.mail.MailSendException("Failed messages",
                new jakarta.mail.SendFailedException("550 5.1.1 <grace@example.com>: Recipient address rejected"));
        assertThat(NotificationSender.describe(failure)).isEqualTo("SendFailedException: 550 5.1.1 <<address>>: Recipient address rejected");
    }
}
