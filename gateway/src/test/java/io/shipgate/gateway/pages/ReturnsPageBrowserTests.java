package io.shipgate.gateway.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.gateway.branding.BrandingService;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The returns page in a real browser: the customer finds a delivered order, sees the tenant's rules (window, a SKU and a
 * reason it takes no returns for), picks an item and a reason, and books the reverse pickup through the returns module;
 * the return's tracking page follows.
 */
class ReturnsPageBrowserTests extends ApiIntegrationTest {

    @Autowired
    BrandingService branding;

    Browser browser;
    PagesFixture shop;

    @BeforeEach
    void openBrowser() {
        ObjectNode order = example("shipment-international-request.json");
        ArrayNode items = (ArrayNode) order.get("customs").get("items");
        ObjectNode mug = ((ObjectNode) items.get(0).deepCopy()).put("description", "Ceramic mug").put("quantity", 1).put("sku", "MUG-BLUE");
        items.add(mug);
        shop = new PagesFixture(api, merchant, this::processPushes, order, branding);
        browser = Browser.open(port).width(375, 812);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theCustomerBooksAPickupOfADeliveredOrder() {
        assertThat(api.send("PUT", "/v1/return-rules", merchant.key(), Map.of("return_window_days", 30,
                "non_returnable_reasons", List.of("NO_LONGER_NEEDED"), "non_returnable_skus", List.of("MUG-BLUE"))).status()).isEqualTo(200);
        String reference = PagesFixture.newReference();
        PagesFixture.Shipment shipment = shop.ship(reference);
        clock.advance(Duration.ofMinutes(5));
        assertThat(api.get("/v1/shipments/" + shipment.id() + "/tracking", merchant.key()).json().get("status").asText()).isEqualTo("DELIVERED");

        browser.get("/r/" + shop.slug());
        browser.type("#reference", reference).type("#contact", "wrong@example.de").submit("form button[type=submit]");
        assertThat(browser.find("[role=alert]").getText()).contains("could not find an order");
        browser.type("#reference", reference).type("#contact", "hans@example.de").submit("form button[type=submit]");

        assertThat(browser.find("h1").getText()).isEqualTo("Return an item");
        assertThat(browser.find(".alert.ok").getText()).startsWith("You can return this order until");
        assertThat(browser.find("#item1").isEnabled()).as("MUG-BLUE is not returnable").isFalse();
        assertThat(browser.text()).contains("Cannot be returned").contains("Berlin");
        assertThat(new Select(browser.find("#reason")).getOptions()).extracting(o -> o.getAttribute("value"))
                .doesNotContain("NO_LONGER_NEEDED").contains("WRONG_SIZE");
        browser.find("#item0").click();
        new Select(browser.find("select[name=qty0]")).selectByValue("2");
        new Select(browser.find("#reason")).selectByValue("WRONG_SIZE");
        browser.screenshot("pages-returns-items");
        browser.submit("form button[type=submit]");

        JsonNode booked = api.get("/v1/returns", merchant.key()).json().get("data");
        assertThat(booked).hasSize(1);
        JsonNode ret = api.get("/v1/returns/" + booked.get(0).get("id").asText(), merchant.key()).json();
        assertThat(ret.get("shipment_id").asText()).isEqualTo(shipment.id());
        assertThat(ret.get("reason").asText()).isEqualTo("WRONG_SIZE");
        assertThat(ret.get("items").get(0).get("sku").asText()).isEqualTo("TS-RED-M");
        assertThat(ret.get("items").get(0).get("quantity").asInt()).isEqualTo(2);
        assertThat(browser.path()).isEqualTo("/t/" + shop.slug() + "/" + ret.get("awb").asText() + "?booked");
        assertThat(browser.find("h1").getText()).isEqualTo("Return booked");
        assertThat(browser.find(".alert.ok").getText()).isEqualTo("Your return is booked. A courier will pick it up.");
        browser.screenshot("pages-returns-booked");
    }
}
