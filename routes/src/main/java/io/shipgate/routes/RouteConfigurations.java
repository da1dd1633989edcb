package io.shipgate.routes;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The error handling and logging every route shares; each route names one of the two with
 * {@code routeConfigurationId}. Neither logs a message's body or headers (addresses, credentials and
 * keys travel there), nor Camel's message history: only the route, an id and the exception's message.
 *
 * <ul>
 * <li>{@link #REQUEST_REPLY}: a service waits for the answer ({@code direct:} through the gateway's
 *     RouteClient). The exception goes back to the caller, unhandled and unlogged: the gateway answers
 *     it as a problem and logs it once there (a client error in one line, an unexpected one with its
 *     stack trace and an error id), instead of Camel's ERROR with the message history for every 404.
 * <li>{@link #BACKGROUND}: a timer's work, with nobody to hand a failure to. It is handled, so the
 *     next run comes as scheduled, and logged once, in one line, with an error id (the stack trace
 *     under that id at DEBUG). Work that fails per item is retried by the job itself (see
 *     {@link io.shipgate.routes.job.DueWorkRoute}); what reaches this is a failed run (the database
 *     unreachable, a claim that failed).
 * </ul>
 */
@Component
public class RouteConfigurations extends RouteConfigurationBuilder {

    /** For routes a caller waits on: the exception is the caller's to answer and log. */
    public static final String REQUEST_REPLY = "requestReply";
    /** For scheduled routes: a failure is logged once, one line with an error id, and the route carries on. */
    public static final String BACKGROUND = "background";

    private static final Logger LOG = LoggerFactory.getLogger(RouteConfigurations.class);

    @Override
    public void configuration() {
        routeConfiguration(REQUEST_REPLY)
                .onException(Exception.class)
                    .handled(false)
                    .logExhausted(false)
                    .logStackTrace(false)
                    .logExhaustedMessageHistory(false)
                    .logExhaustedMessageBody(false);

        routeConfiguration(BACKGROUND)
                .onException(Exception.class)
                    .handled(true)
                    .logExhausted(false)
                    .logStackTrace(false)
                    .logExhaustedMessageHistory(false)
                    .logExhaustedMessageBody(false)
                    .process(RouteConfigurations::logBackgroundFailure);
    }

    private static void logBackgroundFailure(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String route = exchange.getProperty(Exchange.FAILURE_ROUTE_ID, exchange.getFromRouteId(), String.class);
        String errorId = UUID.randomUUID().toString();
        LOG.error("background route {} failed, error {}: {}", route, errorId, describe(failure));
        LOG.debug("error {}", errorId, failure);
    }

    /** The exception's type and message, with its causes' (one line). */
    static String describe(Throwable failure) {
        StringBuilder line = new StringBuilder();
        for (Throwable t = failure; t != null && line.length() < 2000; t = t.getCause() == t ? null : t.getCause()) {
            if (!line.isEmpty()) {
                line.append("; caused by ");
            }
            line.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return line.toString();
    }
}
