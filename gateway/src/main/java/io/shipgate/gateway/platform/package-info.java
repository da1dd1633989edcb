/**
 * What every feature uses and none owns: problems (RFC 9457), ids, the clock, JSON, logging, the
 * OpenAPI document, security (API keys are resolved by the tenant feature through Spring Security's
 * {@code AuthenticationProvider}), the route client, health and the embedded database. An open
 * module: features use its sub-packages directly; it depends on no feature (ModularityTests).
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
package io.shipgate.gateway.platform;

import org.springframework.modulith.ApplicationModule;
