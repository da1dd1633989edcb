/**
 * A tenant's carrier accounts (table {@code carrier_accounts}): settings and encrypted credentials, checked against
 * what each adapter declares; connected to their adapters for the routes ({@code CarrierAccountDirectory}); the
 * carriers' health and the embedded sandbox simulator.
 */
@ApplicationModule(displayName = "Carrier accounts", allowedDependencies = {"platform", "tenant"})
package io.shipgate.gateway.carrier;

import org.springframework.modulith.ApplicationModule;
