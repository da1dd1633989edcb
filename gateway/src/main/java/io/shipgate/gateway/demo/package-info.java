/**
 * A fresh install ready to call: the demo tenant, its sandbox carrier account and its test key, created through the
 * tenant and carrier modules' services; and {@code demo history}, finished shipments of the sandbox carrier written
 * through the shipment module, for the EDD to learn from and be backtested on (docs/decide.md, "Backtest").
 */
@ApplicationModule(displayName = "Demo", allowedDependencies = {"carrier", "tenant", "console", "shipment", "edd", "lanes", "platform"})
package io.shipgate.gateway.demo;

import org.springframework.modulith.ApplicationModule;
