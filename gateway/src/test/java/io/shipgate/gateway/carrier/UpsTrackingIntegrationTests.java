package io.shipgate.gateway.carrier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.CarrierMocks;
import io.shipgate.gateway.testing.CarrierModules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * UPS tracking beyond the lifecycle every carrier goes through ({@code CarrierLifecycleIntegrationTests},
 * {@code ups/lifecycle/scenario.json}): a polled scan dated ahead of its receipt. Fixtures are the
 * UPS module's ({@link CarrierModules}).
 */
class UpsTrackingIntegrationTests extends ApiIntegrationTest {

    private static final String AWB = "1ZCIETST0111111114";

    @AfterEach
    void resetUps() {
        CarrierMocks.server().resetAll();
    }

    @Test
    void aPolledScanDatedAheadOfItsReceiptIsKeptButDoesNotDriveTheStatus() {
        WireMockServer ups = CarrierMocks.server();
        ups.stubFor(post(urlEqualTo("/security/v1/oauth/token")).willReturn(json(fixture("oauth/token.json"))));
        ups.stubFor(post(urlEqualTo("/api/shipments/v2409/ship")).willReturn(json(fixture("shipment/response-domestic.json"))));
        // UPS's tracking answer, its one activity made a delivery dated a day ahead
        String day = clock.instant().plus(Duration.ofDays(1)).atZone(ZoneId.of("America/New_York")).toLocalDate()
                .format(DateTimeFormatter.BASIC_ISO_DATE);
        String answer = fixture("tracking/response-label-created.json").replace("20261124", day)
                .replace("\"type\": \"M\"", "\"type\": \"D\"").replace("\"code\": \"MP\"", "\"code\": \"KB\"")
                .replace("\"statusCode\": \"042\"", "\"statusCode\": \"011\"");
        ups.stubFor(get(urlPathEqualTo("/api/track/v1/details/" + AWB)).willReturn(json(answer)));
        String accountId = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "ups", "name", "UPS",
                "settings", Map.of("account_number", "1A2B3C"), "credentials", Map.of("client_id", "c", "client_secret", "s")))
                .json().get("id").asText();
        ObjectNode shipmentRequest = example("shipment-request.json");
        shipmentRequest.remove("carrier");
        shipmentRequest.put("carrier_account_id", accountId);
        String id = api.post("/v1/shipments", merchant.key(), shipmentRequest).json().get("id").asText();

        JsonNode tracking = api.get("/v1/shipments/" + id + "/tracking?refresh=true", merchant.key()).json();

        assertThat(tracking.get("status").asText()).as(tracking.toString()).isEqualTo("MANIFESTED");
        assertThat(tracking.get("events")).as(tracking.toString()).singleElement().satisfies(event -> {
            assertThat(event.get("status").asText()).isEqualTo("DELIVERED");
            assertThat(event.get("occurred_at").asText()).startsWith(LocalDate.parse(day, DateTimeFormatter.BASIC_ISO_DATE) + "T10:05:00");
        });
    }

    private static String fixture(String name) {
        return CarrierModules.text("ups", "ups/" + name);
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
