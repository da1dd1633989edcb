package io.shipgate.gateway.pages;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Timer;
import io.shipgate.carrier.http.CarrierTransport;
import io.shipgate.gateway.branding.BrandingService;
import io.shipgate.gateway.branding.NdrSelfServiceLinks;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * NDR self-service in a real browser: the signed link of a failed delivery opens the page, the customer picks a new day,
 * the action reaches the carrier through the NDR action path as "customer", and the link then refuses a second use.
 */
class NdrSelfServiceBrowserTests extends ApiIntegrationTest {

    @Autowired
    BrandingService branding;

    @Autowired
    NdrSelfServiceLinks links;

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
    void theCustomerReschedulesOnceThroughTheSignedLink() {
        PagesFixture.Shipment shipment = shop.ship(PagesFixture.newReference());
        UUID shipmentId = UUID.fromString(shipment.id());
        assertThat(links.link(merchant.tenant().id(), shipmentId)).as("no failed delivery, no link").isEmpty();
        shop.push(shipment.awb(), "UND", PagesFixture.event("UND", "CNA", "Consignee not available", "San Francisco",
                clock.instant().minus(Duration.ofMinutes(20))));
        String ndr = api.get("/v1/ndr?status=open", merchant.key()).json().get("data").get(0).get("id").asText();
        String link = links.link(merchant.tenant().id(), shipmentId).orElseThrow();
        URI uri = URI.create(link);
        assertThat(uri.getPath()).startsWith("/t/" + shop.slug() + "/ndr/");

        browser.get(uri.getPath());
        assertThat(browser.find("h1").getText()).isEqualTo("Choose how we deliver");
        assertThat(browser.text()).contains("Nobody was available to receive it").contains(shipment.awb())
                .contains("We have a number ending in 0199");
        browser.screenshot("pages-ndr");

        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(2);
        new Select(browser.find("#date")).selectByValue(day.toString());
        long before = ndrCalls();
        browser.submit("form button[type=submit]");
        assertThat(browser.find("h1").getText()).isEqualTo("Thank you");
        browser.screenshot("pages-ndr-done");

        assertThat(ndrCalls()).as("the carrier got the action").isEqualTo(before + 1);
        JsonNode actioned = api.get("/v1/ndr/" + ndr, merchant.key()).json();
        assertThat(actioned.get("status").asText()).isEqualTo("actioned");
        JsonNode action = actioned.get("actions").get(0);
        assertThat(action.get("action").asText()).isEqualTo("reschedule");
        assertThat(action.get("actor").asText()).isEqualTo("customer");
        assertThat(action.get("deferred_date").asText()).isEqualTo(day.toString());
        assertThat(action.get("status").asText()).isEqualTo("accepted");

        browser.get(uri.getPath());
        assertThat(browser.find("h1").getText()).isEqualTo("This link was already used");
        browser.screenshot("pages-ndr-used");
        assertThat(api.get(uri.getPath(), null).status()).isEqualTo(410);
        assertThat(ndrCalls()).isEqualTo(before + 1);
    }

    @Test
    void aTamperedOrForeignLinkIsRefusedAndABadPhoneAsksAgain() {
        PagesFixture.Shipment shipment = shop.ship(PagesFixture.newReference());
        shop.push(shipment.awb(), "UND", PagesFixture.event("UND", "UNR", "Phone unreachable", "San Francisco",
                clock.instant().minus(Duration.ofMinutes(20))));
        String path = URI.create(links.link(merchant.tenant().id(), UUID.fromString(shipment.id())).orElseThrow()).getPath();
        String unused = URI.create(links.link(merchant.tenant().id(), UUID.fromString(shipment.id())).orElseThrow()).getPath();
        String token = path.substring(path.lastIndexOf('/') + 1);
        String tampered = path.substring(0, path.lastIndexOf('/') + 1) + (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        assertThat(api.get(tampered, null).status()).isEqualTo(404);
        String stranger = branding.get(tenants.create().tenant().id()).slug();
        assertThat(api.get("/t/" + stranger + "/ndr/" + token, null).status()).as("another tenant's page").isEqualTo(404);

        browser.get(path);
        browser.find("input[name=choice][value=phone]").click();
        browser.type("#phone", "12");
        browser.submit("form button[type=submit]");
        assertThat(browser.find("[role=alert]").getText()).isEqualTo("Enter a phone number with at least 6 digits.");
        browser.find("input[name=choice][value=phone]").click();
        browser.type("#phone", "+1 415 555 0142");
        browser.submit("form button[type=submit]");
        assertThat(browser.find("h1").getText()).isEqualTo("Thank you");
        JsonNode action = api.get("/v1/ndr?status=actioned", merchant.key()).json().get("data");
        assertThat(action).hasSize(1);

        // a link works until the case's action deadline at the latest (48 h after the attempt here, before the 72 h)
        clock.advance(Duration.ofHours(49));
        browser.get(unused);
        assertThat(browser.find("h1").getText()).isEqualTo("This link has expired");
        assertThat(api.get(unused, null).status()).isEqualTo(410);
    }

    private long ndrCalls() {
        return meters.find(CarrierTransport.TIMER).tag("operation", "ndrAction").timers().stream().mapToLong(Timer::count).sum();
    }
}
