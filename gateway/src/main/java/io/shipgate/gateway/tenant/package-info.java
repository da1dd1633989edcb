/**
 * Tenants ({@code tenants}) and their API keys ({@code api_keys}): resolved for Spring Security, managed through the
 * API, the admin API and the command line.
 */
@ApplicationModule(displayName = "Tenants and API keys", allowedDependencies = {"platform"})
package io.shipgate.gateway.tenant;

import org.springframework.modulith.ApplicationModule;
