package io.shipgate.gateway.platform.openapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The example bodies of an operation in the OpenAPI document: files of {@code docs/examples}
 * (named without {@code .json}), which the gateway's jar carries. Every JSON request and answer
 * body has one; the linter checks each against its schema.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ExampleBodies {

    /** The request body's examples, e.g. {@code shipment-request}. */
    String[] request() default {};

    /** The success answer's examples, e.g. {@code shipment}. */
    String[] response() default {};
}
