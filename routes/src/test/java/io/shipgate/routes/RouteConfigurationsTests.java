package io.shipgate.routes;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.shipgate.routes.job.JobSettings;
import io.shipgate.routes.job.PurgeRoute;
import io.shipgate.routes.testing.LogCapture;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The shared route configurations: a request-reply route's failure is the caller's, unlogged; a
 * background route's failure is logged once per run, in one line with an error id; neither logs a
 * message's body or headers.
 */
class RouteConfigurationsTests {

    /** What a message may carry that must never reach a log. */
    private static final String ADDRESS = "Grace Recipient, 1 Market St, San Francisco";
    private static final String CREDENTIAL = "sk_live_do-not-log-me";

    private final LogCapture logs = new LogCapture();
    private final CamelContext camel = new DefaultCamelContext();
    private ProducerTemplate template;

    @BeforeEach
    void start() throws Exception {
        camel.addRoutes(new RouteConfigurations());
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:quote").routeId("quote")
                        .routeConfigurationId(RouteConfigurations.REQUEST_REPLY)
                        .process(exchange -> {
                            throw new IllegalStateException("no quote for this parcel");
                        });
                from("direct:deliver").routeId("deliver")
                        .routeConfigurationId(RouteConfigurations.BACKGROUND)
                        .process(exchange -> {
                            throw new IllegalStateException("the merchant's endpoint answered 500");
                        });
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        camel.stop();
        logs.close();
    }

    @Test
    void aRequestReplyRouteHandsItsExceptionToTheCallerAndLogsNothing() {
        assertThatThrownBy(() -> template.requestBodyAndHeaders("direct:quote", ADDRESS, Map.of("Authorization", CREDENTIAL)))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOf(IllegalStateException.class).hasMessage("no quote for this parcel");

        assertThat(logs.atLeast(Level.WARN)).isEmpty();
        assertThat(logs.text()).doesNotContain(ADDRESS).doesNotContain(CREDENTIAL);
    }

    @Test
    void aBackgroundRouteLogsItsFailureOnceInOneLineWithAnErrorIdAndWithoutTheMessage() {
        template.sendBodyAndHeaders("direct:deliver", ADDRESS, Map.of("Authorization", CREDENTIAL));

        List<ILoggingEvent> logged = logs.atLeast(Level.WARN);
        assertThat(logged).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getFormattedMessage())
                    .matches("background route deliver failed, error [0-9a-f-]{36}: IllegalStateException: the merchant's endpoint answered 500");
            assertThat(event.getThrowableProxy()).as("no stack trace: one line").isNull();
        });
        assertThat(logs.text()).doesNotContain(ADDRESS).doesNotContain(CREDENTIAL);
    }

    @Test
    void aJobWhoseRunsFailIsLoggedOncePerRunNotOncePerRouteItPassesAndKeepsRunning() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        camel.addRoutes(new PurgeRoute("failingPurge", "direct:failingPurge", new JobSettings(true, Duration.ofMillis(50), 100),
                Duration.ofDays(1), (before, limit) -> {
                    runs.incrementAndGet();
                    throw new IllegalStateException("the database is unreachable");
                }, Clock.systemUTC()));

        await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() >= 3);
        camel.getRouteController().stopRoute("failingPurgeTimer");

        List<ILoggingEvent> logged = logs.atLeast(Level.WARN);
        assertThat(logged).hasSize(runs.get()).allSatisfy(event -> assertThat(event.getFormattedMessage())
                .matches("background route failingPurge failed, error [0-9a-f-]{36}: IllegalStateException: the database is unreachable"));
        assertThat(logged.stream().map(ILoggingEvent::getFormattedMessage).distinct()).as("an error id per failure").hasSize(runs.get());
    }
}
