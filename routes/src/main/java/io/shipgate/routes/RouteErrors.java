package io.shipgate.routes;

import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * The error handling every route shares. A request-reply route (a service waits for its answer)
 * hands its exception back to the caller unlogged: the gateway answers it as a problem and logs it
 * once there (a client error in one line, an unexpected one with its stack trace and an error id),
 * instead of Camel's ERROR with the message history for every 404 or 422. Fire-and-forget work has
 * no caller to hand it to, so Camel keeps logging its failures.
 */
@Component
public class RouteErrors extends RouteConfigurationBuilder {

    @Override
    public void configuration() {
        routeConfiguration()
                .onException(Exception.class)
                    .onWhen(exchange -> exchange.getPattern() == ExchangePattern.InOut)
                    .handled(false)
                    .logExhausted(false)
                    .logStackTrace(false);
    }
}
