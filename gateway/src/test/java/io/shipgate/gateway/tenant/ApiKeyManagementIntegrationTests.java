package io.shipgate.gateway.tenant;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.TestTenants;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys and tenants managed over the API: a tenant's own keys at /v1/api-keys, everything for the
 * operator at /v1/admin, each kind of key kept to what it may do.
 */
class ApiKeyManagementIntegrationTests extends ApiIntegrationTest {

    @Test
    void aTenantCreatesListsAndRevokesItsKeysAndARevokedKeyIsRefusedAtOnce() {
        Api.Response created = api.post("/v1/api-keys", merchant.key(), Map.of("name", "shop backend", "mode", "live"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String key = created.json().get("key").asText();
        String id = created.json().get("id").asText();
        assertThat(key).matches("sg_live_[0-9A-Za-z]{43}");
        assertThat(created.json().get("prefix").asText()).isEqualTo(key.substring(0, 12)).startsWith("sg_live_");
        assertThat(created.json().get("mode").asText()).isEqualTo("live");
        assertThat(api.get("/v1/shipments", key).status()).isEqualTo(200);

        Api.Response test = api.post("/v1/api-keys", merchant.key(), Map.of("mode", "test"));
        assertThat(test.status()).as(test.toString()).isEqualTo(201);
        assertThat(test.json().get("key").asText()).matches("sg_test_[0-9A-Za-z]{43}");

        JsonNode list = api.get("/v1/api-keys", merchant.key()).json().get("api_keys");
        assertThat(list.findValuesAsText("id")).contains(id, test.json().get("id").asText()).hasSize(3);
        assertThat(list.toString()).doesNotContain(key).doesNotContain("\"key\"");
        JsonNode listed = find(list, id);
        assertThat(listed.get("name").asText()).isEqualTo("shop backend");
        assertThat(listed.get("mode").asText()).isEqualTo("live");
        assertThat(listed.get("revoked").asBoolean()).isFalse();
        assertThat(listed.has("created_at")).isTrue();
        assertThat(listed.get("last_used_at")).as("the key was used above").isNotNull();

        Api.Response revoked = api.delete("/v1/api-keys/" + id, merchant.key());
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().get("revoked").asBoolean()).isTrue();
        assertThat(revoked.json().has("revoked_at")).isTrue();
        Api.Response refused = api.get("/v1/shipments", key);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(find(api.get("/v1/api-keys", merchant.key()).json().get("api_keys"), id).get("revoked").asBoolean()).isTrue();
    }

    @Test
    void aTenantCannotSeeOrRevokeAnotherTenantsKey() {
        TestTenants.TestTenant other = tenants.create();
        String otherKeyId = api.get("/v1/api-keys", other.key()).json().get("api_keys").get(0).get("id").asText();

        Api.Response revoke = api.delete("/v1/api-keys/" + otherKeyId, merchant.key());
        assertThat(revoke.status()).isEqualTo(404);
        assertThat(revoke.json().get("type").asText()).endsWith("/not-found");
        assertThat(api.get("/v1/api-keys", merchant.key()).json().toString()).doesNotContain(otherKeyId);
        assertThat(api.get("/v1/shipments", other.key()).status()).isEqualTo(200);
    }

    @Test
    void aKeySaysWhoItIsAndARevokedOneNoLonger() {
        NewApiKeyView testKey = tenants.key(merchant.tenant(), ApiKeyKind.TEST);
        Api.Response current = api.get("/v1/api-keys/current", testKey.key());
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        assertThat(current.json().get("mode").asText()).isEqualTo("test");
        assertThat(current.json().get("tenant_id").asText()).isEqualTo(merchant.tenant().id().toString());
        assertThat(current.json().get("tenant_name").asText()).isEqualTo(merchant.tenant().name());
        String id = current.json().get("id").asText();
        assertThat(api.get("/v1/api-keys", merchant.key()).json().get("api_keys").findValuesAsText("id")).contains(id);

        assertThat(api.delete("/v1/api-keys/" + id, merchant.key()).status()).isEqualTo(200);
        assertThat(api.get("/v1/api-keys/current", testKey.key()).status()).isEqualTo(401);
    }

    @Test
    void aTestKeyListsKeysButOnlyALiveKeyCreatesOrRevokesThem() {
        String testKey = tenants.key(merchant.tenant(), ApiKeyKind.TEST).key();
        assertThat(api.get("/v1/api-keys", testKey).status()).isEqualTo(200);

        Api.Response create = api.post("/v1/api-keys", testKey, Map.of("mode", "live"));
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.contentType()).startsWith("application/problem+json");
        assertThat(create.json().get("type").asText()).endsWith("/forbidden");
        String liveKeyId = api.get("/v1/api-keys", merchant.key()).json().get("api_keys").get(0).get("id").asText();
        assertThat(api.delete("/v1/api-keys/" + liveKeyId, testKey).status()).isEqualTo(403);
        assertThat(api.get("/v1/shipments", merchant.key()).status()).isEqualTo(200);
    }

    @Test
    void anOperatorKeyManagesTenantsAndTheirKeysAndNothingElse() {
        String operator = tenants.operatorKey();
        assertThat(operator).startsWith("sg_op_");

        Api.Response tenant = api.post("/v1/admin/tenants", operator, Map.of("name", "Acme Store"));
        assertThat(tenant.status()).as(tenant.toString()).isEqualTo(201);
        String tenantId = tenant.json().get("id").asText();
        assertThat(api.get("/v1/admin/tenants", operator).json().get("tenants").findValuesAsText("id")).contains(tenantId);

        Api.Response key = api.post("/v1/admin/tenants/" + tenantId + "/api-keys", operator, Map.of("name", "first", "mode", "live"));
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        String tenantKey = key.json().get("key").asText();
        assertThat(api.get("/v1/carrier-accounts", tenantKey).status()).isEqualTo(200);
        assertThat(api.get("/v1/admin/tenants/" + tenantId + "/api-keys", operator).json().get("api_keys").findValuesAsText("name"))
                .containsExactly("first");

        // the operator key is not a tenant's key, and a tenant's key is not an operator's
        Api.Response asTenant = api.get("/v1/shipments", operator);
        assertThat(asTenant.status()).isEqualTo(403);
        assertThat(asTenant.json().get("detail").asText()).contains("/v1/admin");
        assertThat(api.get("/v1/admin/tenants", tenantKey).status()).isEqualTo(403);
        assertThat(api.get("/v1/admin/tenants", merchant.key()).status()).isEqualTo(403);
        assertThat(api.post("/v1/admin/tenants/" + tenantId + "/api-keys", operator, Map.of("mode", "operator")).status())
                .as("operator keys come from the command line only").isEqualTo(400);

        String keyId = key.json().get("id").asText();
        assertThat(api.delete("/v1/admin/tenants/" + merchant.tenant().id() + "/api-keys/" + keyId, operator).status())
                .as("a key under another tenant's id").isEqualTo(404);
        assertThat(api.delete("/v1/admin/tenants/" + tenantId + "/api-keys/" + keyId, operator).status()).isEqualTo(200);
        assertThat(api.get("/v1/carrier-accounts", tenantKey).status()).isEqualTo(401);
        assertThat(api.get("/v1/admin/tenants/00000000-0000-7000-8000-000000000000", operator).status()).isEqualTo(404);
    }

    @Test
    void keysIssuedBeforeKindsExistedKeepWorkingAsLiveKeys() {
        String legacy = "sg_" + "0123456789abcdefghijABCDEFGHIJ0123456789abc";
        jdbc.sql("INSERT INTO api_keys (id, tenant_id, kind, key_digest, key_prefix, name) VALUES (gen_random_uuid(), ?, 'live', ?, 'sg_012345', 'old')")
                .params(merchant.tenant().id(), ApiKeys.digest(legacy)).update();

        assertThat(api.get("/v1/shipments", legacy).status()).isEqualTo(200);
        assertThat(api.post("/v1/api-keys", legacy, Map.of("mode", "test")).status()).as("a live key manages keys").isEqualTo(201);
    }

    private static JsonNode find(JsonNode keys, String id) {
        for (JsonNode key : keys) {
            if (key.get("id").asText().equals(id)) {
                return key;
            }
        }
        throw new AssertionError("no key " + id + " in " + keys);
    }
}
