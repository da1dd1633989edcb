package io.shipgate.carrier.simulator;

import java.util.Arrays;
import java.util.Objects;

/** The simulated carrier's HTTP answer: status, content type and body. */
public record SimulatorResponse(int status, String contentType, byte[] body) {

    public static final String JSON = "application/json";

    public SimulatorResponse {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    static SimulatorResponse json(int status, Object value) {
        return new SimulatorResponse(status, JSON, SimulatorJson.write(value));
    }

    /** The carrier's error shape: {@code {"error":{"code","message","field"}}}. */
    static SimulatorResponse error(int status, String code, String message, String field) {
        return json(status, new ErrorReply(new ErrorReply.Error(code, message, field)));
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SimulatorResponse r && status == r.status && contentType.equals(r.contentType) && Arrays.equals(body, r.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, contentType, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "SimulatorResponse[" + status + ", " + contentType + ", " + body.length + " bytes]";
    }

    record ErrorReply(Error error) {
        record Error(String code, String message, String field) {
        }
    }
}
