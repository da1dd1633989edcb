/**
 * A tenant's branding ({@code tenant_branding}, issue 19): display name, logo, colours, support contact, a message, and
 * the languages its customers' pages and emails offer. Read by the public pages and the notifications, set by an admin
 * in the console. docs/pages.md, "Branding".
 */
@ApplicationModule(displayName = "Branding", allowedDependencies = {"platform", "tenant"})
package io.shipgate.gateway.branding;

import org.springframework.modulith.ApplicationModule;
