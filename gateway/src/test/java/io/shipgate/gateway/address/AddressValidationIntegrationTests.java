package io.shipgate.gateway.address;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AddressValidationIntegrationTests extends ApiIntegrationTest {

    @Test
    void aCarrierJudgesAddressesAndProposesCorrections() {
        tenants.sandboxAccount(merchant, "sandbox", Map.of());
        Map<String, Object> messy = Map.of("street1", " 1 Market   St ", "city", "san francisco", "state", "ca",
                "postal_code", "941051234", "country", "US");
        JsonNode valid = api.post("/v1/addresses/validate", merchant.key(), Map.of("carrier", "sandbox", "address", messy)).json();
        assertThat(valid.get("verdict").asText()).isEqualTo("VALID");
        assertThat(valid.get("candidates").get(0).get("city").asText()).isEqualTo("SAN FRANCISCO");
        assertThat(valid.get("candidates").get(0).get("postal_code").asText()).isEqualTo("94105-1234");

        Map<String, Object> nowhere = Map.of("street1", "1 Nowhere", "city", "Nowhere", "postal_code", "00001", "country", "US");
        assertThat(api.post("/v1/addresses/validate", merchant.key(), Map.of("carrier", "sandbox", "address", nowhere)).json()
                .get("verdict").asText()).isEqualTo("INVALID");

        Api.Response unnamed = api.post("/v1/addresses/validate", merchant.key(), Map.of("address", messy));
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(fields(unnamed)).containsExactly("carrier_account_id");
    }
}
