package io.shipgate.gateway.carrier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessException;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Bad input full of personal data and secrets (distinctive markers), sent while the application's
 * log output is captured: the log holds none of them, and no raw control character. Covers the
 * paths that used to leak: a stored credential HTTP cannot carry (the JDK client's message quoted
 * it), PostgreSQL errors (their Detail and Where quoted the address JSON), raw control characters.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsStayOutOfLogsIntegrationTests extends ApiIntegrationTest {

    private static final String NAME = "Zorblax Quimbyson";
    private static final String PHONE = "+1 212 555 7788";
    private static final String STREET = "77 Quixotic Lane";
    private static final String EMAIL = "zorblax.quimbyson@example.org";
    private static final String CREDENTIAL = "cred-Xyzzy-4711";
    /** Control characters but the line breaks and tabs a log's own layout has. */
    private static final Pattern RAW_CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

    @Autowired
    CarrierAccountRepository accounts;

    @Test
    void badInputLeavesNoPersonalDataSecretOrControlCharacterInTheLog(CapturedOutput output) {
        tenants.sandboxAccount(merchant, "sandbox", Map.of());
        List<Api.Response> answers = new ArrayList<>();

        answers.add(api.post("/v1/shipments", merchant.key(), shipment(a -> a.put("street1", "77 Quixotic\u0000Lane"))));
        answers.add(api.post("/v1/shipments", merchant.key(), shipment(a -> a.put("name", NAME + "\u001b[2J"))));
        answers.add(api.post("/v1/shipments", merchant.key(), shipment(a -> a.put("phone", PHONE + "\u0085"))));
        ObjectNode huge = shipment(a -> a.put("email", EMAIL));
        ((ObjectNode) huge.withArray("parcels").get(0).get("dimensions")).put("length", new BigDecimal("1e999999999"));
        answers.add(api.post("/v1/shipments", merchant.key(), huge));
        answers.add(api.post("/v1/shipments", merchant.key(), shipment(a -> a.put("country", "XX").put("email", "not an email " + EMAIL))));
        ObjectNode wrongType = shipment(a -> a.putObject("city").put("name", STREET));
        answers.add(api.post("/v1/shipments", merchant.key(), wrongType));
        answers.add(api.post("/v1/shipments", merchant.key(), shipment(a -> a.put("street1", STREET)), "Idempotency-Key", NAME + "\t" + CREDENTIAL));
        answers.add(api.get("/v1/shipments?reference=" + CREDENTIAL + "%00", merchant.key()));
        answers.add(api.post("/v1/rates", merchant.key(), shipment(a -> a.put("postal_code", STREET + "\u0007"))));
        answers.add(api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "sandbox", "name", NAME,
                "settings", Map.of("failure_rate", "lots " + CREDENTIAL), "credentials", Map.of("api_key", CREDENTIAL + "\u0001"))));
        answers.add(api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "sandbox", "name", NAME,
                "credentials", Map.of("api_key", CREDENTIAL + "\tx"))));
        answers.forEach(a -> assertThat(a.status()).as(a.toString()).isEqualTo(400));

        // an account stored before credentials were checked, with a credential HTTP cannot carry
        UUID legacy = UUID.randomUUID();
        accounts.insert(new CarrierAccountRecord(legacy, merchant.tenant().id(), "sandbox", "legacy", Map.of(),
                Map.of("api_key", CREDENTIAL + "\u0001"), true, Instant.now(), Instant.now()));
        ObjectNode viaLegacy = shipment(a -> a.put("street1", STREET));
        viaLegacy.remove("carrier");
        viaLegacy.put("carrier_account_id", legacy.toString());
        Api.Response refused = api.post("/v1/shipments", merchant.key(), viaLegacy);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.toString()).doesNotContain(CREDENTIAL);
        Api.Response rates = api.post("/v1/rates", merchant.key(), Map.of("carrier_account_ids", List.of(legacy.toString()),
                "shipper", Map.of("postal_code", "10005", "country", "US"), "recipient", Map.of("postal_code", "94105", "country", "US"),
                "parcels", List.of(Map.of("weight", Map.of("value", 1, "unit", "KG")))));
        assertThat(rates.json().get("failures").get(0).get("category").asText()).isEqualTo("INVALID_REQUEST");
        assertThat(rates.toString()).doesNotContain(CREDENTIAL);
        assertThat(merchantRows("shipments")).isZero();

        // PostgreSQL quotes the value in an error's Detail and Where; the driver is told to leave them out
        DataAccessException databaseError = catchThrowableOfType(DataAccessException.class, () -> jdbc.sql("SELECT CAST(? AS jsonb)")
                .param("{\"street1\": \"" + STREET + "\", \"name\": \"" + NAME).query(String.class).single());
        LoggerFactory.getLogger(SecretsStayOutOfLogsIntegrationTests.class).error("a database error as the application logs one", databaseError);
        assertThat(stackTrace(databaseError)).contains("invalid input syntax for type json").doesNotContain(STREET, NAME);

        // a message or exception holding control characters is one escaped line
        LoggerFactory.getLogger(SecretsStayOutOfLogsIntegrationTests.class)
                .warn("forged\n2026-01-01T00:00:00Z ERROR fake line\u0000", new IllegalStateException("bad\r\nbytes\u0007"));

        String log = output.getAll();
        assertThat(log).contains("forged\\n2026-01-01T00:00:00Z ERROR fake line\\u0000", "bad\\r\\nbytes\\u0007")
                .doesNotContain(NAME, PHONE, STREET, EMAIL, CREDENTIAL, "Quixotic", merchant.key());
        assertThat(RAW_CONTROL.matcher(log).find()).as("a raw control character in the log").isFalse();
    }

    private static ObjectNode shipment(java.util.function.Consumer<ObjectNode> recipient) {
        ObjectNode body = example("shipment-request.json");
        ObjectNode to = (ObjectNode) body.get("recipient");
        to.put("name", NAME).put("phone", PHONE).put("street1", STREET).put("email", EMAIL);
        recipient.accept(to);
        return body;
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
