package io.shipgate.carrier.sandbox.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * One authenticated request as an endpoint handles it.
 *
 * @param headers       names looked up case-insensitively
 * @param now           the simulator clock's time when the request arrived
 * @param pathParameter the value of the route's {@code {...}} segment, or null
 */
record SimulatorRequest(String method, String path, Map<String, String> headers, byte[] body, Simulation simulation,
                        Instant now, String pathParameter) {

    JsonFields json() {
        return JsonFields.parse(body);
    }

    SimulatorRequest withPathParameter(String value) {
        return new SimulatorRequest(method, path, headers, body, simulation, now, value);
    }

    /** The path parameter as an AWB; a value that is not a sandbox AWB is answered 404. */
    String awb() {
        if (!SandboxAwb.isValid(pathParameter)) {
            throw SimulatorError.notFound("no shipment with AWB " + pathParameter);
        }
        return pathParameter;
    }
}
