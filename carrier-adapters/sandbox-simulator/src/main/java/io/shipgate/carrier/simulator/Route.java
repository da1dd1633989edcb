package io.shipgate.carrier.simulator;

import java.util.regex.Pattern;

/** An endpoint of the simulated carrier: a method, a path template with at most one {@code {parameter}}, a handler. */
record Route(String method, Pattern path, Handler handler) {

    @FunctionalInterface
    interface Handler {
        SimulatorResponse handle(SimulatorRequest request);
    }

    static Route of(String method, String template, Handler handler) {
        return new Route(method, Pattern.compile(template.replaceAll("\\{[a-z_]+}", "([^/]+)")), handler);
    }
}
