package io.shipgate.gateway.platform.routes;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * How services hand work to the Camel routes: a synchronous request to a route's endpoint
 * (see {@link io.shipgate.routes.Endpoints}) that rethrows the route's own exception, so the
 * problem handler sees the carrier or validation error, not Camel's wrapper.
 */
@Component
public class RouteClient {

    private final ProducerTemplate template;

    RouteClient(ProducerTemplate template) {
        this.template = template;
    }

    public <T> T request(String endpoint, Object command, Class<T> answerType) {
        try {
            return template.requestBody(endpoint, command, answerType);
        } catch (CamelExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    public void send(String endpoint, Object command) {
        request(endpoint, command, Object.class);
    }
}
