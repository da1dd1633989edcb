/**
 * Rate shopping: the controller, and the service that sends to the rate-shopping route.
 */
@ApplicationModule(displayName = "Rating", allowedDependencies = {"platform", "shipment", "tenant"})
package io.shipgate.gateway.rating;

import org.springframework.modulith.ApplicationModule;
