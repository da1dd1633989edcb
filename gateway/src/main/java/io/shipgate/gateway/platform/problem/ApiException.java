package io.shipgate.gateway.platform.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error the API answers as {@code application/problem+json}: a stable type, a status, a
 * human detail and, where it helps, extension members (e.g. {@code errors} naming fields).
 */
public class ApiException extends RuntimeException {

    private final Problems problem;
    private final HttpStatus status;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private Duration retryAfter;

    public ApiException(Problems problem, HttpStatus status, String detail) {
        super(detail);
        this.problem = problem;
        this.status = status;
    }

    public static ApiException notFound(String what) {
        return new ApiException(Problems.NOT_FOUND, HttpStatus.NOT_FOUND, what + " not found");
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.getFirst().field() + ": " + errors.getFirst().message()
                : errors.size() + " fields are invalid: " + String.join(", ", errors.stream().map(FieldError::field).toList());
        return new ApiException(Problems.VALIDATION, HttpStatus.BAD_REQUEST, detail).with("errors", errors);
    }

    public ApiException with(String name, Object value) {
        if (value != null) {
            properties.put(name, value);
        }
        return this;
    }

    /** Answers with {@code Retry-After}: when to try again. */
    public ApiException retryAfter(Duration after) {
        this.retryAfter = after;
        return this;
    }

    /** When the client should try again, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public HttpStatus status() {
        return status;
    }

    public ProblemDetail toProblemDetail() {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, getMessage());
        pd.setType(problem.type());
        pd.setTitle(problem.title());
        properties.forEach(pd::setProperty);
        return pd;
    }
}
