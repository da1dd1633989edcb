/**
 * The EDD backtest (issue 17): the tenant's finished shipments replayed in time order through the live EDD's own
 * learner and calculator, each prediction made at the shipment's purchase from the deliveries finished before it, and
 * how well the predictions (and the carriers' promised dates) did: calibration of each percentile, on-time rate, mean
 * absolute error. {@code java -jar gateway.jar edd backtest} and {@code GET /v1/edd/accuracy}; docs/decide.md, "Backtest".
 */
@ApplicationModule(displayName = "EDD backtest", allowedDependencies = {"platform", "tenant", "shipment", "lanes", "edd"})
package io.shipgate.gateway.backtest;

import org.springframework.modulith.ApplicationModule;
