package io.shipgate.gateway.console;

import io.shipgate.gateway.carrier.CarrierAccountService;
import io.shipgate.gateway.carrier.CarrierAccountView;
import io.shipgate.gateway.carrier.CreateCarrierAccountRequest;
import io.shipgate.gateway.label.LabelProfiles;
import io.shipgate.gateway.ndr.NdrPolicyService;
import io.shipgate.gateway.returns.ReturnService;
import io.shipgate.gateway.webhook.WebhookEndpointService;
import io.shipgate.gateway.webhook.WebhookEndpointView;
import io.shipgate.routes.Endpoints;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.gateway.tenant.ApiKeyKind;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The console's admin pages over plain HTTP with a signed-in session, where a browser adds nothing: credentials never
 * rendered back (and an empty credential input keeps the stored one), every read and write limited to the admin's
 * tenant, warehouse users refused, refused inputs answered as the page with each field's message (not JSON), CSRF on
 * every form, and the {@code console-users create} command's printed password.
 */
class ConsoleAdminIntegrationTests extends ApiIntegrationTest {

    static final String PASSWORD = "correct horse battery";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Autowired
    ConsoleUserService users;

    @Autowired
    CarrierAccountService accounts;

    @Autowired
    ReturnService returns;

    @Autowired
    ConsoleUsersCommand command;

    @Autowired
    WebhookEndpointService webhooks;

    @Autowired
    NdrPolicyService ndrPolicies;

    @Autowired
    LabelProfiles labelProfiles;

    @Test
    void storedCredentialsAreNeverRenderedAndAnEmptyCredentialInputKeepsThem() {
        CarrierAccountView account = accounts.create(merchant.tenant().id(), new CreateCarrierAccountRequest("sandbox", "Main warehouse",
                Map.of("latency_ms", "0"), Map.of("api_key", "sk-stored-secret-4711", "webhook_secret", "whsec-stored-0815"), true));
        Session admin = session(merchant, ConsoleRole.ADMIN);

        Page edit = admin.get("/console/admin/carrier-accounts/" + account.id());
        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.body()).contains("Main warehouse", "name=\"credential.api_key\"", "name=\"credential.webhook_secret\"")
                .doesNotContain("sk-stored-secret-4711").doesNotContain("whsec-stored-0815");
        assertThat(admin.get("/console/admin/carrier-accounts").body()).contains("Main warehouse")
                .doesNotContain("sk-stored-secret-4711").doesNotContain("whsec-stored-0815");

        Page saved = admin.post("/console/admin/carrier-accounts/" + account.id(), Map.of("name", "Main warehouse (Pune)",
                "setting.latency_ms", "5", "credential.api_key", "", "credential.webhook_secret", "", "enabled", "true"), edit);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        CarrierAccountView after = accounts.get(merchant.tenant().id(), account.id());
        assertThat(after.name()).isEqualTo("Main warehouse (Pune)");
        assertThat(after.settings()).containsEntry("latency_ms", "5");
        assertThat(after.credentialFields()).containsExactlyInAnyOrder("api_key", "webhook_secret");

        // a refused value: the form again, status 400, the message under the input, as HTML
        Page refused = admin.post("/console/admin/carrier-accounts/" + account.id(), Map.of("name", "Main warehouse",
                "setting.latency_ms", "soon", "credential.api_key", "sk-new-typed-secret"), edit);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.body()).containsPattern("id=\"error-settings.latency_ms\">must be a whole number")
                .doesNotContain("sk-new-typed-secret").doesNotContain("sk-stored-secret-4711");
        assertThat(accounts.get(merchant.tenant().id(), account.id()).settings()).containsEntry("latency_ms", "5");
    }

    @Test
    void anAdminSeesAndChangesOnlyItsOwnTenantsThings() {
        UUID accountOfA = accounts.create(merchant.tenant().id(), new CreateCarrierAccountRequest("sandbox", "A's account", Map.of(),
                Map.of("api_key", "k"), true)).id();
        String keyOfA = merchant.key();
        UUID keyIdOfA = api.get("/v1/api-keys", keyOfA).json().get("api_keys").get(0).get("id").asText().transform(UUID::fromString);
        UUID userOfA = users.create(merchant.tenant().id(), "a-" + UUID.randomUUID() + "@example.com", "User of A", ConsoleRole.WAREHOUSE,
                PASSWORD).id();
        TestTenants.TestTenant other = tenants.create();
        Session adminOfB = session(other, ConsoleRole.ADMIN);

        assertThat(adminOfB.get("/console/admin/carrier-accounts/" + accountOfA).status()).isEqualTo(404);
        assertThat(adminOfB.get("/console/admin/users/" + userOfA).status()).isEqualTo(404);
        Page keysOfB = adminOfB.get("/console/admin/api-keys");
        assertThat(keysOfB.body()).doesNotContain(keyOfA.substring(0, 12));
        assertThat(adminOfB.post("/console/admin/api-keys/" + keyIdOfA + "/revoke", Map.of(), keysOfB).status()).isEqualTo(404);
        assertThat(api.get("/v1/carrier-accounts", keyOfA).status()).isEqualTo(200);
        assertThat(adminOfB.post("/console/admin/users/" + userOfA, Map.of("name", "Taken over", "role", "ADMIN"), keysOfB).status())
                .isEqualTo(404);
        assertThat(users.get(merchant.tenant().id(), userOfA).role()).isEqualTo(ConsoleRole.WAREHOUSE);
        assertThat(adminOfB.get("/console/admin/carrier-accounts").body()).doesNotContain("A&#39;s account").doesNotContain("A's account");
    }

    @Test
    void anAdminRevokesAKeyDisablesAUserAndCannotDemoteItself() throws InterruptedException {
        Session admin = session(merchant, ConsoleRole.ADMIN);
        UUID adminId = users.list(merchant.tenant().id()).getFirst().id();
        Page keys = admin.get("/console/admin/api-keys");
        String key = merchant.key();
        UUID keyId = UUID.fromString(api.get("/v1/api-keys", key).json().get("api_keys").get(0).get("id").asText());
        assertThat(admin.post("/console/admin/api-keys/" + keyId + "/revoke", Map.of(), keys).status()).isEqualTo(302);
        long deadline = System.nanoTime() + 1_000_000_000L;
        int status;
        while ((status = api.get("/v1/carrier-accounts", key).status()) != 401 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(status).isEqualTo(401);
        assertThat(admin.get("/console/admin/api-keys").body()).contains("revoked");

        String email = "packer-" + UUID.randomUUID() + "@example.com";
        UUID packer = users.create(merchant.tenant().id(), email, "Ravi Kumar", ConsoleRole.WAREHOUSE, PASSWORD).id();
        Page edit = admin.get("/console/admin/users/" + packer);
        assertThat(admin.post("/console/admin/users/" + packer, Map.of("name", "Ravi Kumar", "role", "WAREHOUSE", "disabled", "true"), edit)
                .status()).isEqualTo(302);
        assertThat(users.get(merchant.tenant().id(), packer).disabled()).isTrue();
        Session refused = new Session();
        Page login = refused.get("/console/login");
        assertThat(refused.post("/console/login", Map.of("email", email, "password", PASSWORD), login).status()).isEqualTo(302);
        assertThat(refused.location).endsWith("/console/login?error");
        assertThat(admin.post("/console/admin/users/" + packer + "/password", Map.of("password", "a new long password"), edit).status())
                .isEqualTo(302);
        assertThat(admin.post("/console/admin/users/" + packer, Map.of("name", "Ravi Kumar", "role", "ADMIN"), edit).status()).isEqualTo(302);
        assertThat(signIn(email, "a new long password").get("/console/admin").status()).isEqualTo(200);

        Page self = admin.post("/console/admin/users/" + adminId, Map.of("name", "Me", "role", "WAREHOUSE"), edit);
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.body()).contains("id=\"error-role\">you cannot take away your own admin role");
        assertThat(users.get(merchant.tenant().id(), adminId).role()).isEqualTo(ConsoleRole.ADMIN);
    }

    @Test
    void aWarehouseUserIsRefusedEveryAdminPageAndFormAndFormsNeedTheirCsrfToken() {
        Session warehouse = session(merchant, ConsoleRole.WAREHOUSE);
        Page home = warehouse.get("/console");
        for (String path : List.of("/console/admin", "/console/admin/users", "/console/admin/api-keys", "/console/admin/carrier-accounts",
                "/console/admin/webhooks", "/console/admin/branding", "/console/admin/branding/logo", "/console/admin/recommendation-rules",
                "/console/admin/ndr-policies", "/console/admin/return-rules", "/console/admin/label-profiles")) {
            assertThat(warehouse.get(path).status()).as(path).isEqualTo(403);
        }
        assertThat(warehouse.post("/console/admin/api-keys", Map.of("name", "mine", "mode", "live"), home).status()).isEqualTo(403);
        assertThat(api.get("/v1/api-keys", merchant.key()).json().get("api_keys")).hasSize(1);

        Session admin = session(merchant, ConsoleRole.ADMIN);
        assertThat(admin.postWithoutToken("/console/admin/api-keys", Map.of("name", "forged", "mode", "live")).status()).isEqualTo(403);
        assertThat(api.get("/v1/api-keys", merchant.key()).json().get("api_keys")).hasSize(1);
    }

    @Test
    void aRuleDocumentIsCheckedByTheApisCodeAndItsErrorsShownOnThePage() {
        Session admin = session(merchant, ConsoleRole.ADMIN);
        Page editor = admin.get("/console/admin/return-rules");
        assertThat(editor.status()).isEqualTo(200);

        Page negative = admin.post("/console/admin/return-rules", Map.of("document", "{\"return_window_days\": -1}"), editor);
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.contentType()).startsWith("text/html");
        assertThat(negative.body()).contains("return_window_days</span>: <span>must be greater than or equal to 0")
                .contains("{&quot;return_window_days&quot;: -1}");
        Page unknown = admin.post("/console/admin/return-rules", Map.of("document", "{\"window\": 30}"), editor);
        assertThat(unknown.body()).contains("window</span>: <span>is not a known field");
        Page notJson = admin.post("/console/admin/return-rules", Map.of("document", "{\"return_window_days\": "), editor);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body()).contains("the body is not valid JSON");

        Page saved = admin.post("/console/admin/return-rules", Map.of("document",
                "{\"return_window_days\": 30, \"non_returnable_reasons\": [], \"non_returnable_skus\": [\"GIFT-CARD\"]}"), editor);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(returns.rules(merchant.tenant().id()).returnWindowDays()).isEqualTo(30);
        assertThat(admin.get("/console/admin/return-rules").body()).contains("GIFT-CARD");

        // the service's own checks (what annotations cannot say) come back the same way
        Page weights = admin.post("/console/admin/recommendation-rules", Map.of("document",
                "{\"weights\": {\"cost\": 0, \"speed\": 0, \"reliability\": 0, \"preference\": 0}}"), editor);
        assertThat(weights.status()).isEqualTo(400);
        assertThat(weights.body()).contains("weights</span>: <span>must not all be 0");
    }

    @Test
    void theCommandLineCreatesAConsoleUserAndPrintsItsPasswordOnce() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String email = "first-admin-" + UUID.randomUUID() + "@example.com";
        command.run(List.of("--tenant", merchant.tenant().id().toString(), "--email", email, "--role", "admin"),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("Created the console user " + email + " (admin)", "shown once");
        String password = printed.strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(password).hasSize(20);
        assertThat(users.list(merchant.tenant().id())).singleElement().satisfies(u -> {
            assertThat(u.role()).isEqualTo(ConsoleRole.ADMIN);
            assertThat(u.name()).isEqualTo(email.split("@")[0]);
        });
        assertThat(signIn(email, password).get("/console/admin").status()).isEqualTo(200);

        assertThatThrownBy(() -> command.run(List.of("--tenant", merchant.tenant().id().toString(), "--email", "x@example.com", "--role", "boss"),
                new PrintStream(new ByteArrayOutputStream()))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--role");
        assertThatThrownBy(() -> command.run(List.of("--email", "x@example.com", "--role", "admin"), new PrintStream(new ByteArrayOutputStream())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--tenant");
    }

    @Test
    void webhookEndpointsWithTheirDeliveryLogAndTheOtherPagesWorkFromTheConsole() {
        Session admin = session(merchant, ConsoleRole.ADMIN);
        Page list = admin.get("/console/admin/webhooks");
        Page created = admin.post("/console/admin/webhooks", Map.of("url", "http://127.0.0.1:9/hooks/shipgate", "events", "shipment.created",
                "description", "Order system", "enabled", "true"), list);
        assertThat(created.status()).isEqualTo(200);
        Matcher secret = Pattern.compile("value=\"(whsec_[^\"]+)\"").matcher(created.body());
        assertThat(secret.find()).as("the secret, shown once").isTrue();
        WebhookEndpointView endpoint = webhooks.list(merchant.tenant().id()).getFirst();
        assertThat(endpoint.eventTypes()).containsExactly("shipment.created");
        Page page = admin.get("/console/admin/webhooks/" + endpoint.id());
        assertThat(page.body()).contains("Order system").doesNotContain(secret.group(1));

        // an event, a failed attempt in the log, and "deliver again"
        tenants.sandboxAccount(merchant, "sandbox", Map.of());
        ObjectNode shipment = example("shipment-request.json");
        shipment.put("reference", "CONSOLE-" + UUID.randomUUID());
        assertThat(api.post("/v1/shipments", merchant.key(), shipment).status()).isEqualTo(201);
        routes.sendBody(Endpoints.DISPATCH_WEBHOOKS, null);
        String event = api.get("/v1/events?type=shipment.created", merchant.key()).json().get("data").get(0).get("id").asText();
        page = admin.get("/console/admin/webhooks/" + endpoint.id());
        assertThat(page.body()).contains(event, "Deliver again");
        int before = deliveries(endpoint.id());
        assertThat(admin.post("/console/admin/webhooks/" + endpoint.id() + "/redeliver", Map.of("event", event), page).status()).isEqualTo(302);
        assertThat(deliveries(endpoint.id())).isEqualTo(before + 1);

        // a refused event type next to its input; pausing
        Page refused = admin.post("/console/admin/webhooks/" + endpoint.id(), Map.of("url", endpoint.url(), "events", "Shipment.Delivered",
                "description", "Order system", "enabled", "true"), page);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("event_types[0]: must be an event type");
        assertThat(admin.post("/console/admin/webhooks/" + endpoint.id(), Map.of("url", endpoint.url(), "events", "*", "description", ""), page)
                .status()).isEqualTo(302);
        assertThat(webhooks.get(merchant.tenant().id(), endpoint.id()).status()).isEqualTo("paused");
        assertThat(admin.post("/console/admin/webhooks/" + endpoint.id() + "/delete", Map.of(), page).status()).isEqualTo(302);
        assertThat(webhooks.list(merchant.tenant().id())).isEmpty();

        // NDR policies and label profiles: added from their templates, listed, opened
        Page newPolicy = admin.get("/console/admin/ndr-policies/new");
        Matcher policy = Pattern.compile("<textarea[^>]*>([^<]*)</textarea>").matcher(newPolicy.body());
        assertThat(policy.find()).isTrue();
        assertThat(admin.post("/console/admin/ndr-policies/new", Map.of("document", unescape(policy.group(1))), newPolicy).status()).isEqualTo(302);
        UUID policyId = ndrPolicies.list(merchant.tenant().id()).data().getFirst().id();
        assertThat(admin.get("/console/admin/ndr-policies").body()).contains("Re-attempt prepaid once");
        assertThat(admin.get("/console/admin/ndr-policies/" + policyId).body()).contains("re_attempt");
        Page newProfile = admin.get("/console/admin/label-profiles/new");
        Matcher profile = Pattern.compile("<textarea[^>]*>([^<]*)</textarea>").matcher(newProfile.body());
        assertThat(profile.find()).isTrue();
        assertThat(admin.post("/console/admin/label-profiles/new", Map.of("document", unescape(profile.group(1))), newProfile).status())
                .isEqualTo(302);
        UUID profileId = labelProfiles.list(merchant.tenant().id()).getFirst().id();
        assertThat(admin.get("/console/admin/label-profiles").body()).contains("Thermal 4x6", "ZPL, 203 dpi");
        assertThat(admin.get("/console/admin/label-profiles/" + profileId).status()).isEqualTo(200);
        Page dpi = admin.post("/console/admin/label-profiles/" + profileId, Map.of("document", "{\"name\": \"Thermal\", \"format\": \"ZPL\", \"dpi\": 600}"),
                newProfile);
        assertThat(dpi.body()).contains("dpi</span>: <span>must be 203 or 300");

        for (String path : List.of("/console/admin", "/console/admin/users", "/console/admin/users/" + users.list(merchant.tenant().id()).getFirst().id(),
                "/console/admin/api-keys", "/console/admin/carrier-accounts", "/console/admin/carrier-accounts/new?carrier=sandbox",
                "/console/admin/branding", "/console/admin/recommendation-rules", "/console/admin/return-rules")) {
            assertThat(admin.get(path).status()).as(path).isEqualTo(200);
        }
    }

    private int deliveries(UUID endpoint) {
        return jdbc.sql("SELECT count(*) FROM webhook_deliveries WHERE endpoint_id = ?").param(endpoint).query(Integer.class).single();
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    // ---- a signed-in console session over HTTP

    record Page(int status, String contentType, String body) {
        String csrf() {
            Matcher m = CSRF.matcher(body);
            assertThat(m.find()).as("a form with its CSRF token").isTrue();
            return m.group(1);
        }
    }

    private Session session(TestTenants.TestTenant tenant, ConsoleRole role) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.com";
        users.create(tenant.tenant().id(), email, "Test " + role, role, PASSWORD);
        return signIn(email, PASSWORD);
    }

    private Session signIn(String email, String password) {
        Session session = new Session();
        Page login = session.get("/console/login");
        Page signedIn = session.post("/console/login", Map.of("email", email, "password", password), login);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(session.location).endsWith("/console");
        return session;
    }

    private final class Session {
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private String location;

        Page get(String path) {
            return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET());
        }

        Page post(String path, Map<String, String> form, Page from) {
            Map<String, String> body = new LinkedHashMap<>(form);
            body.put("_csrf", from.csrf());
            return postWithoutToken(path, body);
        }

        Page postWithoutToken(String path, Map<String, String> form) {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private Page send(HttpRequest.Builder request) {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
            }
            try {
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                response.headers().allValues("Set-Cookie").forEach(c -> {
                    String pair = c.split(";", 2)[0];
                    cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                });
                location = response.headers().firstValue("Location").orElse(null);
                return new Page(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
