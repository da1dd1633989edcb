package io.shipgate.gateway.pages;

import io.shipgate.gateway.branding.BrandingService;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The branded tracking page in a real browser at a phone's width: the lookup (a wrong email finds nothing), the page
 * following a carrier push, no personal data beyond the first name and city, not found alike for unknown and foreign AWBs,
 * and Hindi and Japanese.
 */
class TrackingPageBrowserTests extends ApiIntegrationTest {

    @Autowired
    BrandingService branding;

    Browser browser;
    PagesFixture shop;

    @BeforeEach
    void openBrowser() {
        shop = new PagesFixture(api, merchant, this::processPushes, example("shipment-request.json"), branding);
        browser = Browser.open(port).width(375, 812);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aCustomerLooksTheOrderUpAndSeesTheCarriersNewStatus() {
        String reference = PagesFixture.newReference();
        PagesFixture.Shipment shipment = shop.ship(reference);

        browser.get("/t/" + shop.slug());
        browser.screenshot("pages-lookup");
        browser.type("#reference", reference).type("#contact", "someone.else@example.com").submit("form button[type=submit]");
        assertThat(browser.path()).isEqualTo("/t/" + shop.slug());
        assertThat(browser.find("[role=alert]").getText()).contains("could not find an order");
        assertThat(browser.text()).doesNotContain(shipment.awb()).doesNotContain("Grace");
        browser.screenshot("pages-lookup-not-found");

        browser.type("#reference", reference).type("#contact", "GRACE@example.com").submit("form button[type=submit]");
        assertThat(browser.path()).isEqualTo("/t/" + shop.slug() + "/" + shipment.awb());
        assertThat(browser.find("h1").getText()).isEqualTo("Order ready to ship");

        shop.push(shipment.awb(), "OFD",
                PagesFixture.event("PKD", null, "Picked up from the seller", "New York", clock.instant().minus(Duration.ofHours(20))),
                PagesFixture.event("ITR", null, "Departed facility", "Oakland", clock.instant().minus(Duration.ofHours(3))),
                PagesFixture.event("OFD", null, "Out for delivery", "San Francisco", clock.instant().minus(Duration.ofMinutes(30))));
        browser.get("/t/" + shop.slug() + "/" + shipment.awb());
        assertThat(browser.find("h1").getText()).isEqualTo("Out for delivery");
        assertThat(browser.find(".progress li[aria-current=step]").getText()).isEqualTo("Out for delivery");
        assertThat(browser.findAll(".timeline li")).hasSize(3);
        assertThat(browser.find(".timeline li.latest").getText()).contains("Out for delivery").contains("San Francisco, CA, US");
        String page = browser.text();
        assertThat(page).contains("Hi Grace, your parcel is going to San Francisco.").contains("care@kiranafresh.example")
                .contains("Orders placed by 6 pm ship the same day.");
        // no personal data beyond the first name and the city
        assertThat(page).doesNotContain("Recipient").doesNotContain("1 Market St").doesNotContain("0199").doesNotContain("grace@example.com")
                .doesNotContain("94105");
        assertThat(browser.find("header img.logo").getAttribute("alt")).isEqualTo("Kirana Fresh");
        browser.screenshot("pages-tracking");

        // the phone's last 4 digits find it too
        browser.get("/t/" + shop.slug());
        browser.type("#reference", reference).type("#contact", "0199").submit("form button[type=submit]");
        assertThat(browser.path()).isEqualTo("/t/" + shop.slug() + "/" + shipment.awb());
    }

    @Test
    void anUnknownOrAnotherTenantsAwbIsTheSameNotFoundPage() {
        PagesFixture.Shipment shipment = shop.ship(PagesFixture.newReference());
        String stranger = branding.get(tenants.create().tenant().id()).slug();

        browser.get("/t/" + shop.slug() + "/NO-SUCH-AWB");
        String unknown = browser.find("main").getText();
        assertThat(unknown).contains("We could not find this page");
        browser.screenshot("pages-not-found");
        browser.get("/t/" + stranger + "/" + shipment.awb());
        assertThat(browser.find("main").getText()).isEqualTo(unknown);
        assertThat(api.get("/t/" + stranger + "/" + shipment.awb(), null).status()).isEqualTo(404);
        assertThat(api.get("/t/no-such-shop-" + System.nanoTime() + "/" + shipment.awb(), null).status()).isEqualTo(404);

        Api.Response logo = api.get("/assets/brand/" + shop.slug() + "/logo", null);
        assertThat(logo.status()).isEqualTo(200);
        assertThat(logo.contentType()).isEqualTo("image/png");
        assertThat(api.get("/assets/brand/" + stranger + "/logo", null).status()).as("no logo set").isEqualTo(404);
    }

    @Test
    void thePageSpeaksHindiAndJapaneseAndRemembersTheChoice() {
        PagesFixture.Shipment shipment = shop.ship(PagesFixture.newReference());
        shop.push(shipment.awb(), "ITR", PagesFixture.event("ITR", null, "Departed facility", "Oakland", clock.instant().minus(Duration.ofHours(3))));
        String path = "/t/" + shop.slug() + "/" + shipment.awb();

        browser.get(path + "?lang=hi");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("hi");
        assertThat(browser.find("h1").getText()).isEqualTo("रास्ते में");
        assertThat(browser.text()).contains("शिपमेंट का इतिहास");
        browser.screenshot("pages-tracking-hi");
        browser.get(path); // remembered
        assertThat(browser.find("h1").getText()).isEqualTo("रास्ते में");

        browser.get(path + "?lang=ja");
        assertThat(browser.find("h1").getText()).isEqualTo("輸送中");
        assertThat(browser.text()).contains("配送履歴");
        browser.screenshot("pages-tracking-ja");

        // without a choice, the browser's Accept-Language among the languages the shop offers
        Api.Response korean = api.send("GET", path, null, null, "Accept-Language", "ko-KR,ko;q=0.9,en;q=0.5");
        assertThat(korean.status()).isEqualTo(200);
        assertThat(new String(korean.bytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("lang=\"ko\"").contains("배송 중");
        Api.Response french = api.send("GET", path, null, null, "Accept-Language", "fr-FR,ja;q=0.5");
        assertThat(new String(french.bytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("lang=\"ja\"");
    }
}
