package io.shipgate.gateway.platform.problem;

/** One offending field of a request, named as the client sent it (snake_case path, e.g. {@code parcels[0].weight.value}). */
public record FieldError(String field, String message) {
}
