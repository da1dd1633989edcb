/**
 * A fresh install ready to call: the demo tenant, its sandbox carrier account and its test key, created through the
 * tenant and carrier modules' services.
 */
@ApplicationModule(displayName = "Demo", allowedDependencies = {"carrier", "tenant"})
package io.shipgate.gateway.demo;

import org.springframework.modulith.ApplicationModule;
