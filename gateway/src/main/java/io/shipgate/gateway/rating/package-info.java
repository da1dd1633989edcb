/**
 * Rate shopping: the controller, and the service that sends to the rate-shopping route and adds the quotes of the
 * accounts' rate cards (the ratecard module).
 */
@ApplicationModule(displayName = "Rating", allowedDependencies = {"platform", "shipment", "tenant", "ratecard"})
package io.shipgate.gateway.rating;

import org.springframework.modulith.ApplicationModule;
