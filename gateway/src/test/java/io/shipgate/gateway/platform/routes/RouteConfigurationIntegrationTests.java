package io.shipgate.gateway.platform.routes;

import io.shipgate.gateway.testing.GatewayIntegrationTest;
import io.shipgate.routes.RouteConfigurations;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every route of the application runs under one of the shared route configurations, the background jobs under theirs. */
@GatewayIntegrationTest
class RouteConfigurationIntegrationTests {

    @Autowired
    CamelContext camel;

    @Test
    void everyRouteNamesASharedConfigurationAndOnlyTheJobsRunInTheBackground() {
        Map<String, String> configurations = camel.getRoutes().stream()
                .collect(Collectors.toMap(Route::getRouteId, route -> String.valueOf(route.getConfigurationId())));

        assertThat(configurations).isNotEmpty().allSatisfy((route, configuration) -> assertThat(configuration).as(route)
                .isIn(RouteConfigurations.REQUEST_REPLY, RouteConfigurations.BACKGROUND));
        assertThat(configurations.entrySet().stream().filter(route -> route.getValue().equals(RouteConfigurations.BACKGROUND))
                .map(Map.Entry::getKey)).containsExactlyInAnyOrder("purchaseReconciler", "purchaseReconcilerTimer", "idempotencyKeyPurge", "idempotencyKeyPurgeTimer",
                        "outboxPurge", "outboxPurgeTimer", "trackingPoller", "trackingPollerTimer", "pushIntake", "pushIntakeTimer",
                        "pushPurge", "pushPurgeTimer", "unmatchedPushPurge", "unmatchedPushPurgeTimer", "webhookDispatcher", "webhookDispatcherTimer",
                        "ndrCases", "ndrCasesTimer", "batchWorker", "batchWorkerTimer", "notificationSender", "notificationSenderTimer",
                        "notificationPurge", "notificationPurgeTimer");
        assertThat(configurations).containsKeys("createShipment", "rateShopping", "trackShipment", "carrierWebhook", "pushHandOff", "ndrAction");
    }
}
