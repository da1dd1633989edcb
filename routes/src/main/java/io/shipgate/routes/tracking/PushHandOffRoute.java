package io.shipgate.routes.tracking;

import io.shipgate.routes.Endpoints;
import io.shipgate.routes.RouteConfigurations;
import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.UUID;

/**
 * The hand-off between push intake (a stored push) and processing, chosen by
 * {@code shipgate.tracking.intake.transport}:
 * <ul>
 *   <li>{@code in-process} (the default): nothing travels; the push intake's job claims the stored push
 *       on its next run (every {@code shipgate.tracking.intake.interval}) on whichever node comes first.</li>
 *   <li>{@code rabbitmq}: the push's id is published to a durable queue with publisher confirms
 *       ({@code spring.rabbitmq.*} names the broker); every node consumes the queue and processes the push
 *       through the same ingestion. The push is in PostgreSQL before its id is published, and the intake
 *       job still claims what the broker lost, once {@code shipgate.tracking.intake.handoff-grace} passed.</li>
 * </ul>
 *
 * <pre>
 * direct:pushHandOff -> in-process: nothing | rabbitmq: spring-rabbitmq:&lt;exchange&gt; (routing key = queue, confirmed)
 * spring-rabbitmq:&lt;exchange&gt;?queues=&lt;queue&gt; (rabbitmq only) -> PushIntakeRoute.handOff(id)
 * </pre>
 */
@Component
public class PushHandOffRoute extends RouteBuilder {

    public static final String IN_PROCESS = "in-process";
    public static final String RABBITMQ = "rabbitmq";

    private final String transport;
    private final String exchange;
    private final String queue;
    private final int consumers;
    private final PushIntakeRoute intake;

    public PushHandOffRoute(@Value("${shipgate.tracking.intake.transport:in-process}") String transport,
                            @Value("${shipgate.tracking.intake.rabbitmq.exchange:shipgate.tracking}") String exchange,
                            @Value("${shipgate.tracking.intake.rabbitmq.queue:shipgate.tracking.pushes}") String queue,
                            @Value("${shipgate.tracking.intake.rabbitmq.consumers:2}") int consumers,
                            PushIntakeRoute intake) {
        this.transport = transport.trim().toLowerCase(Locale.ROOT);
        if (!this.transport.equals(IN_PROCESS) && !this.transport.equals(RABBITMQ)) {
            throw new IllegalArgumentException("shipgate.tracking.intake.transport must be " + IN_PROCESS + " or " + RABBITMQ
                    + ", not '" + transport + "'");
        }
        this.exchange = exchange;
        this.queue = queue;
        this.consumers = consumers;
        this.intake = intake;
    }

    /** Whether the broker carries the hand-off. */
    public boolean viaBroker() {
        return transport.equals(RABBITMQ);
    }

    @Override
    public void configure() {
        if (!viaBroker()) {
            from(Endpoints.PUSH_HAND_OFF).routeId("pushHandOff")
                    .routeConfigurationId(RouteConfigurations.REQUEST_REPLY)
                    .log(org.apache.camel.LoggingLevel.DEBUG, "push ${body}: left to the intake job");
            return;
        }
        String declare = "&autoDeclare=true&arg.queue.durable=true&exchangeType=direct";
        from(Endpoints.PUSH_HAND_OFF).routeId("pushHandOff")
                .routeConfigurationId(RouteConfigurations.REQUEST_REPLY)
                .convertBodyTo(String.class)
                // InOnly: no reply is awaited; confirm=enabled waits for the broker's publisher confirm (or fails)
                .to(ExchangePattern.InOnly, "spring-rabbitmq:" + exchange + "?routingKey=" + queue + "&queues=" + queue
                        + "&confirm=enabled&confirmTimeout=5000&autoDeclareProducer=true" + declare);

        from("spring-rabbitmq:" + exchange + "?queues=" + queue + "&routingKey=" + queue + "&concurrentConsumers=" + consumers
                + "&acknowledgeMode=AUTO&maximumRetryAttempts=1&rejectAndDontRequeue=true" + declare)
                .routeId("pushHandOffConsumer")
                .routeConfigurationId(RouteConfigurations.BACKGROUND)
                .process(e -> intake.handOff(UUID.fromString(e.getIn().getBody(String.class).trim())));
    }
}
