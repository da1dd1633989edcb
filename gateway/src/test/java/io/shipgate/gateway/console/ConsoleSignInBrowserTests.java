package io.shipgate.gateway.console;

import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in to the console in a real browser: the form, CSRF, wrong passwords, lockout, roles, signing out. */
class ConsoleSignInBrowserTests extends ApiIntegrationTest {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    ConsoleUserService users;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private String newUser(ConsoleRole role) {
        String email = "user-" + UUID.randomUUID() + "@example.com";
        users.create(merchant.tenant().id(), email, "Asha Rao", role, PASSWORD);
        return email;
    }

    @Test
    void aWarehouseUserSignsInScansAndCannotOpenAdminPages() {
        String email = newUser(ConsoleRole.WAREHOUSE);
        browser.get("/console");
        assertThat(browser.path()).isEqualTo("/console/login");
        browser.screenshot("console-sign-in");

        browser.signIn(email, PASSWORD);
        assertThat(browser.path()).isEqualTo("/console");
        assertThat(browser.find("header .tenant").getText()).isEqualTo(merchant.tenant().name());
        assertThat(browser.find("#q").getAttribute("autofocus")).isNotNull();
        assertThat(browser.findAll("a[href='/console/admin']")).isEmpty();
        browser.screenshot("console-home");

        browser.get("/console/admin");
        assertThat(browser.find("h1").getText()).isEqualTo("Not allowed");

        browser.submit("header .signout button");
        assertThat(browser.path()).isEqualTo("/console/login?signed-out");
        browser.get("/console");
        assertThat(browser.path()).isEqualTo("/console/login");
    }

    @Test
    void fiveWrongPasswordsLockTheUserEvenForTheRightOne() {
        String email = newUser(ConsoleRole.ADMIN);
        for (int i = 0; i < 5; i++) {
            browser.signIn(email, "wrong password " + i);
            assertThat(browser.path()).isEqualTo("/console/login?error");
        }
        assertThat(browser.find("[role=alert]").getText()).contains("Wrong email or password");
        browser.signIn(email, PASSWORD);
        assertThat(browser.path()).isEqualTo("/console/login?error");
        assertThat(users.list(merchant.tenant().id())).singleElement().satisfies(u -> assertThat(u.locked()).isTrue());
    }

    @Test
    void anAdminSeesTheAdminLink() {
        browser.signIn(newUser(ConsoleRole.ADMIN), PASSWORD);
        assertThat(browser.findAll("a[href='/console/admin']")).hasSize(1);
    }
}
