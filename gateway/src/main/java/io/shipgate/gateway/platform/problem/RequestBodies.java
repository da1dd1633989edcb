package io.shipgate.gateway.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shipgate.gateway.platform.json.RequestText;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A request body read and checked as the API reads and checks it, for what takes a body outside the API's controllers
 * (the console's forms and JSON editors): the same JSON rules ({@link RequestText}, no silent {@code 1.5} to an
 * integer, unknown fields refused), the same bean validation, and the same 400 naming each field ({@code snake_case}).
 */
@Component
public class RequestBodies {

    private final ObjectMapper requests;
    private final Validator validator;

    RequestBodies(ObjectMapper json, Validator validator) {
        this.requests = json.copy().registerModule(RequestText.module()).disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        this.validator = validator;
    }

    /** {@code text} as a {@code type}, validated; 400 naming the field as the API would answer the same body. */
    public <T> T read(String text, Class<T> type) {
        T body;
        try {
            body = requests.readValue(text == null ? "" : text, type);
        } catch (JsonProcessingException e) {
            throw ProblemHandler.unreadable(e);
        }
        if (body == null) {
            throw ProblemHandler.unreadable(null);
        }
        return valid(body);
    }

    /** The body's bean validation ({@code @NotBlank}, {@code @Size}...), as the API's {@code @Valid}; 400 naming each field. */
    public <T> T valid(T body) {
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations.stream()
                    .map(v -> new FieldError(ProblemHandler.snakeCase(v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "")), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field))
                    .toList());
        }
        return body;
    }

    /** The fields an {@link ApiException} names ({@code errors}), empty when it names none. */
    @SuppressWarnings("unchecked")
    public static List<FieldError> fieldErrors(ApiException e) {
        var properties = e.toProblemDetail().getProperties();
        Object errors = properties == null ? null : properties.get("errors");
        return errors instanceof List<?> list ? (List<FieldError>) list : List.of();
    }
}
