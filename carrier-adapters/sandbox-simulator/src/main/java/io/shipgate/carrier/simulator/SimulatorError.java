package io.shipgate.carrier.simulator;

/** A request the simulated carrier refuses; the simulator answers it with the carrier's error shape. */
final class SimulatorError extends RuntimeException {

    private final int status;
    private final String code;
    private final String field;

    private SimulatorError(int status, String code, String message, String field) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    /** 400: a field of the request is missing or wrong; {@code field} is its path in the request, or null. */
    static SimulatorError validation(String field, String message) {
        return new SimulatorError(400, "VALIDATION", message, field);
    }

    /** 422: the carrier does not serve what was asked (a postal code, COD, a service on a lane). */
    static SimulatorError notServiceable(String field, String message) {
        return new SimulatorError(422, "NOT_SERVICEABLE", message, field);
    }

    static SimulatorError notFound(String message) {
        return new SimulatorError(404, "NOT_FOUND", message, null);
    }

    /** 409: the shipment's state does not allow the operation. */
    static SimulatorError conflict(String code, String message) {
        return new SimulatorError(409, code, message, null);
    }

    static SimulatorError unauthorized(String message) {
        return new SimulatorError(401, "UNAUTHORIZED", message, null);
    }

    SimulatorResponse toResponse() {
        return SimulatorResponse.error(status, code, getMessage(), field);
    }
}
