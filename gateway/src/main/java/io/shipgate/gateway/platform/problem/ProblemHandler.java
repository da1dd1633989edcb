package io.shipgate.gateway.platform.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.UnsupportedCapabilityException;
import io.shipgate.gateway.platform.json.RequestText;
import io.shipgate.routes.shipment.ShipmentStateException;
import io.shipgate.routes.tracking.WebhookNotAuthenticatedException;
import io.shipgate.routes.tracking.WebhookRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns every failure into RFC 9457 {@code application/problem+json} with a stable type, naming
 * the offending fields as the client sent them. Stack traces and carrier internals never reach
 * the client: an unexpected error answers with an id to find it in the log.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        if (e.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())));
        }
        return response.body(e.toProblemDetail());
    }

    @ExceptionHandler(CarrierException.class)
    ResponseEntity<ProblemDetail> carrier(CarrierException e) {
        ApiException api = problemOf(e);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(api.status());
        if (e.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())));
        }
        return response.body(api.toProblemDetail());
    }

    /** The problem a carrier's failure is answered as (also where no request waits for it: a batch row's). */
    public static ApiException problemOf(CarrierException e) {
        ApiException api = switch (e.category()) {
            case INVALID_REQUEST -> new ApiException(Problems.CARRIER_INVALID_REQUEST, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
            case AUTHENTICATION -> new ApiException(Problems.CARRIER_AUTHENTICATION, HttpStatus.UNPROCESSABLE_ENTITY,
                    e.carrier() + " refused the carrier account's credentials: check the account (" + e.getMessage() + ")");
            case NOT_SERVICEABLE -> new ApiException(Problems.CARRIER_NOT_SERVICEABLE, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
            case NOT_FOUND -> new ApiException(Problems.CARRIER_NOT_FOUND, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
            case INVALID_STATE -> new ApiException(Problems.CARRIER_INVALID_STATE, HttpStatus.CONFLICT, e.getMessage());
            case RATE_LIMITED -> new ApiException(Problems.CARRIER_RATE_LIMITED, HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
            case UNAVAILABLE -> "CIRCUIT_OPEN".equals(e.carrierCode())
                    ? new ApiException(Problems.CARRIER_UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage())
                    : new ApiException(Problems.CARRIER_UNAVAILABLE, HttpStatus.BAD_GATEWAY, e.getMessage());
            case TIMEOUT -> new ApiException(Problems.CARRIER_TIMEOUT, HttpStatus.GATEWAY_TIMEOUT, e.getMessage());
            case UNKNOWN -> new ApiException(Problems.CARRIER_ERROR, HttpStatus.BAD_GATEWAY, e.getMessage());
        };
        api.with("carrier", e.carrier()).with("carrier_code", e.carrierCode()).with("retryable", e.retryable());
        if (!e.candidates().isEmpty()) {
            api.with("candidates", e.candidates());
        }
        if (e.field() != null) {
            api.with("errors", List.of(new FieldError(snakeCase(e.field()), e.getMessage())));
        }
        return api;
    }

    @ExceptionHandler(UnsupportedCapabilityException.class)
    ResponseEntity<ProblemDetail> unsupported(UnsupportedCapabilityException e) {
        return api(new ApiException(Problems.CAPABILITY_NOT_SUPPORTED, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage())
                .with("carrier", e.carrier()).with("capability", e.capability()));
    }

    @ExceptionHandler(ShipmentStateException.class)
    ResponseEntity<ProblemDetail> state(ShipmentStateException e) {
        // not "status": RFC 9457's status member is the HTTP status, and a second one made the JSON ambiguous
        return api(new ApiException(Problems.INVALID_STATE, HttpStatus.CONFLICT, e.getMessage()).with("shipment_status", e.status()));
    }

    @ExceptionHandler(WebhookNotAuthenticatedException.class)
    ResponseEntity<ProblemDetail> webhookNotAuthenticated(WebhookNotAuthenticatedException e) {
        // the carrier's reason stays in the log: the caller learns nothing about accounts
        LOG.warn("carrier webhook refused: {}", e.getMessage());
        return api(new ApiException(Problems.UNAUTHORIZED, HttpStatus.UNAUTHORIZED,
                "the webhook could not be authenticated for this carrier account"));
    }

    @ExceptionHandler(WebhookRejectedException.class)
    ResponseEntity<ProblemDetail> webhookRejected(WebhookRejectedException e) {
        LOG.warn("carrier webhook rejected ({}): {}", e.reason(), e.getMessage());
        return api(switch (e.reason()) {
            case MALFORMED -> new ApiException(Problems.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST, e.getMessage());
            case TOO_MANY_EVENTS -> new ApiException(Problems.TOO_MANY_EVENTS, HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
        });
    }

    /** Spring Security's firewall refused a header it was asked for; its message quotes the value, so it is not repeated. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
        return api(firewallRejected());
    }

    /** The answer when Spring Security's firewall refuses a request (here, or before any controller in SecurityConfiguration). */
    public static ApiException firewallRejected() {
        return new ApiException(Problems.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST,
                "the request carries a path, header or parameter with characters that are not allowed");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return api(ApiException.notFound("resource '" + e.getValue() + "'"));
        }
        return api(ApiException.invalid(snakeCase(e.getName()), "cannot be read as " + e.getRequiredType().getSimpleName()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        String errorId = UUID.randomUUID().toString();
        LOG.error("unexpected error {}", errorId, e);
        return api(new ApiException(Problems.INTERNAL, HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred; quote error id " + errorId + " to the operator").with("error_id", errorId));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return asObject(api(ApiException.invalid(fieldErrors(e.getBindingResult()))));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e, HttpHeaders headers,
                                                                            HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new FieldError(
                        err instanceof org.springframework.validation.FieldError fe ? snakeCase(fe.getField())
                                : snakeCase(r.getMethodParameter().getParameterName()),
                        err.getDefaultMessage())))
                .toList();
        return asObject(api(ApiException.invalid(errors)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return asObject(api(unreadable(e.getCause())));
    }

    /** The problem of a body that cannot be read ({@code cause}: why Jackson refused it), naming the field where it can. */
    static ApiException unreadable(Throwable cause) {
        if (cause instanceof RequestText.Rejected rejected) {
            return ApiException.invalid(path(rejected), rejected.reason());
        }
        if (cause instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            String field = path(jme);
            String message;
            if (jme instanceof UnrecognizedPropertyException) {
                message = "is not a known field";
            } else if (jme instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
                message = "must be one of " + java.util.Arrays.stream(ife.getTargetType().getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "));
            } else if (jme instanceof InvalidFormatException ife && ife.getTargetType() != null) {
                message = "cannot be read as " + ife.getTargetType().getSimpleName();
            } else {
                message = "has the wrong type or shape";
            }
            return new ApiException(Problems.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST, field + ": " + message)
                    .with("errors", List.of(new FieldError(field, message)));
        }
        return new ApiException(Problems.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST, "the body is not valid JSON for this endpoint");
    }

    private static List<FieldError> fieldErrors(BindingResult result) {
        List<FieldError> errors = new java.util.ArrayList<>(result.getFieldErrors().stream()
                .map(fe -> new FieldError(snakeCase(fe.getField()), fe.getDefaultMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList());
        result.getGlobalErrors().forEach(ge -> errors.add(new FieldError(ge.getObjectName(), ge.getDefaultMessage())));
        return errors;
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        return sb.toString();
    }

    /** {@code shipper.postalCode} -> {@code shipper.postal_code}: fields named as the JSON has them. */
    static String snakeCase(String javaPath) {
        return javaPath.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity) response;
    }
}
