package io.shipgate.gateway.console;

import io.shipgate.gateway.branding.Branding;
import io.shipgate.gateway.branding.BrandingService;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin at the console's admin pages in a real browser: adds a warehouse user (a refused password first, its message
 * next to the field), creates an API key (shown once, and it works), sets the branding's colour and uploads a logo that
 * the preview shows; the new warehouse user then gets the 403 page on the admin pages.
 */
class ConsoleAdminBrowserTests extends ApiIntegrationTest {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    ConsoleUserService users;

    @Autowired
    BrandingService branding;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAdminAddsAWarehouseUserCreatesAnApiKeyAndSetsTheBranding() throws IOException {
        String admin = "admin-" + UUID.randomUUID() + "@example.com";
        users.create(merchant.tenant().id(), admin, "Meera Iyer", ConsoleRole.ADMIN, PASSWORD);
        browser.signIn(admin, PASSWORD);
        browser.get("/console/admin");
        assertThat(browser.find("h1").getText()).isEqualTo("Administration");
        browser.screenshot("console-admin-index");

        // a user: a too-short password is refused next to its field, with what was typed kept
        String warehouse = "packer-" + UUID.randomUUID() + "@example.com";
        browser.find("a[href='/console/admin/users']").click();
        browser.type("#email", warehouse).type("#name", "Ravi Kumar");
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('password').removeAttribute('minlength')");
        browser.type("#password", "short");
        browser.submit("#new-user-form button[type=submit]");
        assertThat(browser.find("#error-password").getText()).contains("12 to 128 characters");
        assertThat(browser.find("#email").getAttribute("value")).isEqualTo(warehouse);
        assertThat(browser.find("#password").getAttribute("aria-invalid")).isEqualTo("true");
        browser.type("#password", PASSWORD);
        browser.submit("#new-user-form button[type=submit]");
        assertThat(browser.path()).isEqualTo("/console/admin/users");
        assertThat(browser.find("[role=status]").getText()).contains("Created " + warehouse + " (warehouse)");
        assertThat(users.list(merchant.tenant().id())).anySatisfy(u -> {
            assertThat(u.email()).isEqualTo(warehouse);
            assertThat(u.role()).isEqualTo(ConsoleRole.WAREHOUSE);
        });
        browser.screenshot("console-admin-users");

        // an API key: shown once, on the answer's page; it works; the list shows its prefix only
        browser.get("/console/admin/api-keys");
        browser.type("#name", "shop backend");
        browser.submit("#new-key-form button[type=submit]");
        String key = browser.find("#secret").getAttribute("value");
        assertThat(key).startsWith("sg_live_");
        browser.screenshot("console-admin-api-key-created");
        assertThat(api.get("/v1/carrier-accounts", key).status()).isEqualTo(200);
        browser.get("/console/admin/api-keys");
        assertThat(browser.driver().getPageSource()).doesNotContain(key).contains(key.substring(0, 12));
        assertThat(browser.text()).contains("shop backend");

        // branding: a colour through the colour input, a logo upload the preview shows from the console's address
        browser.get("/console/admin/branding");
        browser.type("#displayName", "Acme Outfitters");
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('primaryColor').value = '#7a1f3d'");
        browser.type("#supportEmail", "help@acme.example");
        browser.type("#message", "Orders placed before 2 pm ship the same day.");
        browser.submit("#branding-form button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).contains("Saved the branding");
        Branding saved = branding.get(merchant.tenant().id());
        assertThat(saved.primaryColor()).isEqualTo("#7a1f3d");
        assertThat(saved.displayName()).isEqualTo("Acme Outfitters");
        assertThat(browser.find("#primaryColor").getAttribute("value")).isEqualTo("#7a1f3d");

        Path logo = logo();
        browser.find("#logo").sendKeys(logo.toAbsolutePath().toString());
        browser.submit("#logo-form button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).contains("Uploaded the logo");
        assertThat(branding.logo(merchant.tenant().id())).hasValueSatisfying(l -> assertThat(l.contentType()).isEqualTo("image/png"));
        Object width = ((JavascriptExecutor) browser.driver()).executeScript(
                "var i = document.getElementById('logo-preview'); return i.complete ? i.naturalWidth : -1");
        assertThat(((Number) width).intValue()).isEqualTo(320);
        Object background = ((JavascriptExecutor) browser.driver()).executeScript(
                "return getComputedStyle(document.querySelector('.brand-header')).backgroundColor");
        assertThat(background).isEqualTo("rgb(122, 31, 61)");
        browser.screenshot("console-admin-branding");

        // a carrier account's form: one input per setting and credential of the carrier; a rule document refused on its page
        browser.get("/console/admin/carrier-accounts/new?carrier=sandbox");
        assertThat(browser.find("#credential\\.api_key").getAttribute("type")).isEqualTo("password");
        browser.screenshot("console-admin-carrier-account");
        browser.get("/console/admin/return-rules");
        browser.type("#document", "{\"return_window_days\": 30, \"non_returnable_reasons\": [\"NO_LONGER_NEEDED\"], \"non_returnable_skus\": [\"\"]}");
        browser.submit("form.editor button[type=submit]");
        assertThat(browser.find("#document-errors").getText()).contains("non_returnable_skus[0]");
        browser.screenshot("console-admin-return-rules-refused");

        // the warehouse user just added signs in, and the admin pages answer 403
        browser.submit("header .signout button");
        browser.signIn(warehouse, PASSWORD);
        assertThat(browser.path()).isEqualTo("/console");
        browser.get("/console/admin/users");
        assertThat(browser.find("h1").getText()).isEqualTo("Not allowed");
    }

    /** A 320x80 PNG logo. */
    private static Path logo() throws IOException {
        BufferedImage image = new BufferedImage(320, 80, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(255, 255, 255));
        g.fillRoundRect(0, 8, 64, 64, 16, 16);
        g.setColor(new Color(122, 31, 61));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
        g.drawString("A", 18, 54);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
        g.drawString("Acme Outfitters", 78, 52);
        g.dispose();
        Path file = Files.createTempFile("logo-", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
