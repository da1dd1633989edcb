/**
 * The warehouse label console ({@code /console}, issue 19): the tenant's people ({@code console_users}) who sign in with
 * a password (Spring Security form login, CSRF, a session that times out, lockout after repeated failures), with the
 * roles admin and warehouse; the console's pages, rendered on the server (Thymeleaf) from the other modules' services.
 * docs/pages.md, "Warehouse label console".
 */
@ApplicationModule(displayName = "Console", allowedDependencies = {"platform", "tenant", "shipment", "label", "batch", "tracking", "warehouse",
        "branding", "carrier", "webhook", "recommendation", "ndr", "returns", "rating"})
package io.shipgate.gateway.console;

import org.springframework.modulith.ApplicationModule;
