package io.shipgate.gateway.platform.problem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/**
 * The error page ({@code /error}) as a problem, replacing Spring Boot's: errors raised outside the
 * controllers (servlet filters, {@code response.sendError} in the container) reach it by forward.
 * Asked for directly, it is a 404 like any unknown path, never {@code status: 999}.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping(path = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null ? HttpStatus.valueOf(c) : HttpStatus.NOT_FOUND;
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        ProblemDetail problem = problem(status, request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        try {
            problem.setInstance(URI.create(path instanceof String p ? p : request.getRequestURI()));
        } catch (IllegalArgumentException e) {
            // a path java.net.URI refuses: the problem goes without its instance
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static ProblemDetail problem(HttpStatus status, Object exception) {
        return switch (status) {
            case NOT_FOUND -> ApiException.notFound("resource").toProblemDetail();
            case BAD_REQUEST -> new ApiException(Problems.MALFORMED_REQUEST, status, "the request cannot be read").toProblemDetail();
            case PAYLOAD_TOO_LARGE -> new ApiException(Problems.PAYLOAD_TOO_LARGE, status, "the request body is too large").toProblemDetail();
            case UNAUTHORIZED -> new ApiException(Problems.UNAUTHORIZED, status, "send your API key as 'Authorization: Bearer <key>'").toProblemDetail();
            case FORBIDDEN -> new ApiException(Problems.FORBIDDEN, status, "this API key may not do this").toProblemDetail();
            default -> {
                if (status.is5xxServerError()) {
                    String errorId = UUID.randomUUID().toString();
                    LOG.error("unexpected error {} outside the controllers", errorId, exception instanceof Throwable t ? t : null);
                    yield new ApiException(Problems.INTERNAL, status, "An unexpected error occurred; quote error id " + errorId
                            + " to the operator").with("error_id", errorId).toProblemDetail();
                }
                yield ProblemDetail.forStatus(status);
            }
        };
    }
}
