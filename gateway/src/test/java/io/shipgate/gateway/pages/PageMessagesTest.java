package io.shipgate.gateway.pages;

import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.branding.Branding;
import io.shipgate.gateway.returns.ReturnReason;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text of the public pages exists in every language Shipgate offers, translated, and every status and reason has one. */
class PageMessagesTest {

    @Test
    void everyLanguageHasEveryTextTranslated() throws IOException {
        Properties english = bundle("");
        Set<String> keys = new TreeSet<>(english.stringPropertyNames());
        Arrays.stream(TrackingStatus.values()).forEach(s -> assertThat(keys).contains("pages.status." + s.name()));
        Arrays.stream(NdrReason.values()).forEach(r -> assertThat(keys).contains("pages.ndr.reason." + r.name()));
        Arrays.stream(ReturnReason.values()).forEach(r -> assertThat(keys).contains("pages.returns.reason." + r.name()));
        for (String language : Branding.SUPPORTED_LANGUAGES) {
            if (language.equals("en")) {
                continue;
            }
            Properties translated = bundle("_" + language);
            assertThat(new TreeSet<>(translated.stringPropertyNames())).as(language).isEqualTo(keys);
            long same = keys.stream().filter(k -> !k.equals("pages.brand") && !k.startsWith("pages.format."))
                    .filter(k -> translated.getProperty(k).equals(english.getProperty(k))).count();
            assertThat(same).as(language + ": texts left in English").isZero();
        }
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (var in = PageMessagesTest.class.getResourceAsStream("/i18n/pages" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
