package io.shipgate.gateway.carrier;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.carrier.simulator.SandboxSimulator;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.TestTenants.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The sandbox carrier's simulator runs beside the API, on its own loopback port, and keeps each account's labels to it. */
class SandboxSimulatorIntegrationTests extends ApiIntegrationTest {

    @Autowired
    EmbeddedSandboxSimulator embedded;

    private SandboxSimulator simulator;
    private Api carrier;

    @BeforeEach
    void reachTheSimulator() {
        simulator = embedded.running().unwrap(SandboxSimulator.class);
        carrier = new Api(embedded.baseUrl().getPort());
    }

    @Test
    void theSimulatorIsNotServedOnTheApiPort() {
        Api.Response unknownPath = api.post("/no-such-endpoint/v1/rates", null, "{}");
        for (String path : List.of("/sandbox-carrier/v1/rates", "/sandbox-carrier/v1/shipments/SB0000000000000000000/cancel")) {
            Api.Response withKey = api.post(path, merchant.key(), "{}");
            assertThat(withKey.status()).as(path).isEqualTo(404);
            assertThat(withKey.contentType()).startsWith("application/problem+json");
            Api.Response anyBearer = api.post(path, "any-bearer-string", "{}");
            assertThat(anyBearer.status()).as(path).isEqualTo(unknownPath.status());
            assertThat(anyBearer.contentType()).isEqualTo(unknownPath.contentType());
        }
        assertThat(api.get("/v3/api-docs", null).json().toString()).doesNotContain("sandbox-carrier");
    }

    @Test
    void theSandboxAdapterCallsTheSimulatorOnItsOwnLoopbackPort() {
        tenants.sandboxAccount(merchant, "sandbox", Map.of());
        long callsBefore = simulator.calls();

        JsonNode shipment = api.post("/v1/shipments", merchant.key(), example("shipment-request.json")).json();

        assertThat(embedded.baseUrl().getHost()).isEqualTo("127.0.0.1");
        assertThat(embedded.baseUrl().getPort()).isNotEqualTo(port);
        assertThat(simulator.calls()).isGreaterThan(callsBefore);
        assertThat(simulator.soldAwbs()).contains(shipment.get("awb").asText());
        assertThat(carrier.get("/v1/tracking/" + shipment.get("awb").asText(), "test-key").status()).isEqualTo(200);
    }

    @Test
    void theSimulatorCannotBeReachedFromAnotherHost() throws SocketException {
        InetAddress external = NetworkInterface.networkInterfaces().filter(this::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst().orElse(null);
        assumeTrue(external != null, "this machine has no network address but loopback");

        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(external, embedded.baseUrl().getPort()), 2_000);
            }
        }).as("connecting to %s:%d", external, embedded.baseUrl().getPort()).isInstanceOf(ConnectException.class);
    }

    @Test
    void twoTenantsSandboxAccountsCannotTouchEachOthersLabelsAtTheSimulator() {
        String ownerKey = "owner-" + UUID.randomUUID();
        String strangerKey = "stranger-" + UUID.randomUUID();
        TestTenant stranger = tenants.create();
        createSandboxAccount(merchant, ownerKey);
        createSandboxAccount(stranger, strangerKey);
        JsonNode shipment = api.post("/v1/shipments", merchant.key(), example("shipment-request.json")).json();
        String id = shipment.get("id").asText();
        String awb = shipment.get("awb").asText();

        for (Api.Response refused : List.of(
                carrier.post("/v1/shipments/" + awb + "/cancel", strangerKey, null),
                carrier.get("/v1/tracking/" + awb, strangerKey),
                carrier.get("/v1/shipments/" + awb + "/pod", strangerKey),
                carrier.post("/v1/shipments/" + awb + "/ndr", strangerKey, Map.of("action", "RETURN_TO_ORIGIN")))) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
            assertThat(refused.json().get("error").get("code").asText()).isEqualTo("NOT_FOUND");
        }

        assertThat(simulator.cancelledAwbs()).doesNotContain(awb);
        assertThat(carrier.get("/v1/tracking/" + awb, ownerKey).json().get("status").asText()).isEqualTo("MAN");
        assertThat(api.get("/v1/shipments/" + id + "/tracking", merchant.key()).json().get("status").asText()).isEqualTo("MANIFESTED");
        assertThat(api.post("/v1/shipments/" + id + "/cancel", merchant.key(), null).status()).isEqualTo(200);
        assertThat(simulator.cancelledAwbs()).contains(awb);
    }

    private void createSandboxAccount(TestTenant tenant, String apiKey) {
        Api.Response created = api.post("/v1/carrier-accounts", tenant.key(),
                Map.of("carrier", "sandbox", "name", "sandbox", "credentials", Map.of("api_key", apiKey)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private boolean isUp(NetworkInterface network) {
        try {
            return network.isUp();
        } catch (IOException e) {
            return false;
        }
    }
}
