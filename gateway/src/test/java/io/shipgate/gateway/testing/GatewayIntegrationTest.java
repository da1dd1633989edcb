package io.shipgate.gateway.testing;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole gateway on a random port, on a real PostgreSQL ({@link TestDatabase}), with the
 * sandbox carrier's simulator served by the gateway itself, the real carriers' APIs mocked by
 * {@link CarrierMocks} (WireMock), and a clock tests can move. Every
 * class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "shipgate.secrets.credentials-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        "shipgate.demo-tenant.enabled=false",
        "shipgate.carriers.sandbox.timeout=5s",
        "shipgate.carriers.sandbox.operation-timeout=8s",
        "shipgate.rating.carrier-timeout=2500ms",
        "shipgate.idempotency.wait-for-concurrent=20s",
        "shipgate.sandbox-carrier.simulator-enabled=true",
        // tests run the purchase reconciler themselves (direct:reconcilePurchases), at the moment they choose
        "shipgate.purchases.reconciler.enabled=false",
        // and the tracking poller (direct:pollTracking)
        "shipgate.tracking.polling.enabled=false",
        // a budget no test reaches (CarrierAccountBudgetsTest checks the budget itself)
        "shipgate.tracking.polling.requests-per-second=1000",
        // and the NDR job (direct:processNdrCases)
        "shipgate.ndr.job.enabled=false",
        // and the batch worker (direct:processBatchRows)
        "shipgate.batches.worker.enabled=false",
        // and the push intake (direct:processPushes, ApiIntegrationTest.processPushes), so that a push's 202 comes before its processing
        "shipgate.tracking.intake.enabled=false",
        // purges delete in batches of 2, so that tests see more than one
        "shipgate.outbox.purge.batch-size=2",
        // webhooks go to receivers on 127.0.0.1; tests run the dispatcher themselves (direct:dispatchWebhooks), on a short schedule
        "shipgate.webhooks.allow-private-urls=true",
        "shipgate.webhooks.dispatcher.enabled=false",
        "shipgate.webhooks.retry-schedule=300ms,300ms,300ms",
        "shipgate.webhooks.timeout=3s",
        // tests call from 127.0.0.1 and name the client in X-Forwarded-For (publishable keys are limited per client address)
        "shipgate.storefront.trusted-proxies=127.0.0.1",
        // customer notifications go to TestMail's SMTP server; tests run the sender themselves (direct:sendNotifications), and a
        // tenant gets none unless it chooses milestones (PUT /v1/notification-settings)
        "shipgate.notifications.sender.enabled=false",
        "shipgate.notifications.default-milestones=",
        "shipgate.notifications.from=notifications@shipgate.test",
        "shipgate.notifications.retry.first=300ms",
        "shipgate.notifications.retry.max=300ms",
        "logging.level.io.shipgate=INFO"
})
@ContextConfiguration(initializers = {TestDatabase.Initializer.class, CarrierMocks.Initializer.class, TestMail.Initializer.class})
@Import(TestClock.Configuration.class)
@AutoConfigureObservability
public @interface GatewayIntegrationTest {
}
