/**
 * Address validation by a carrier: the controller, and the service that sends to the address route.
 */
@ApplicationModule(displayName = "Address validation", allowedDependencies = {"platform", "shipment", "tenant"})
package io.shipgate.gateway.address;

import org.springframework.modulith.ApplicationModule;
