package io.shipgate.carrier.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * One authenticated request as an endpoint handles it.
 *
 * @param headers       names looked up case-insensitively
 * @param owner         the account that sent it
 * @param now           the simulator clock's time when the request arrived
 * @param pathParameter the value of the route's {@code {...}} segment, or null
 */
record SimulatorRequest(String method, String path, Map<String, String> headers, byte[] body, Owner owner,
                        Simulation simulation, Instant now, String pathParameter) {

    JsonFields json() {
        return JsonFields.parse(body);
    }

    SimulatorRequest withPathParameter(String value) {
        return new SimulatorRequest(method, path, headers, body, owner, simulation, now, value);
    }

    /**
     * The path parameter as the AWB of one of the caller's shipments. A value that is not a sandbox
     * AWB, or the AWB of another account's shipment, is answered 404, the same way: another account
     * cannot even learn that the AWB exists.
     */
    String awb() {
        if (!SandboxAwb.isValid(pathParameter) || !owner.owns(pathParameter)) {
            throw SimulatorError.notFound("no shipment with AWB " + pathParameter);
        }
        return pathParameter;
    }
}
