package io.shipgate.gateway.platform.openapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem answers an operation gives besides those every operation may give (400, 500; with
 * an API key 401, 403, 429; with a body 413): e.g. {@code 404} for a resource by id, {@code 502}
 * to {@code 504} where a carrier is called. Each status refers to one shared response of the
 * document ({@link ProblemDocumentation}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ErrorResponses {

    int[] value();
}
