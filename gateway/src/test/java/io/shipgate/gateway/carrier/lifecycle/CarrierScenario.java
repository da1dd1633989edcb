package io.shipgate.gateway.carrier.lifecycle;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.shipgate.gateway.testing.CarrierModules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A carrier's gateway lifecycle scenario: {@code <code>/lifecycle/scenario.json} in the adapter
 * module's test resources (format in docs/carriers.md, "The gateway lifecycle scenario"). Fixture
 * paths are relative to that module's {@code src/test/resources}. Absent expectations are not checked.
 */
record CarrierScenario(Account account, Request request, List<Stub> stubs, Rates rates, Purchase purchase,
                       List<Label> labels, List<Tracking> tracking, Webhook webhook, ProofOfDelivery proofOfDelivery,
                       Cancel cancel, List<Verification> verify) {

    static final String FILE = "lifecycle/scenario.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    CarrierScenario {
        stubs = stubs == null ? List.of() : stubs;
        labels = labels == null ? List.of() : labels;
        tracking = tracking == null ? List.of() : tracking;
        verify = verify == null ? List.of() : verify;
    }

    /** The carrier's scenario; a registered carrier without one fails here (adding a carrier requires its scenario). */
    static CarrierScenario of(String code) {
        Path file = CarrierModules.testResources(code).resolve(code).resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("carrier " + code + " is registered but has no gateway lifecycle scenario: add "
                    + file.toAbsolutePath().normalize() + " (docs/carriers.md, \"The gateway lifecycle scenario\")");
        }
        try {
            return JSON.readValue(file.toFile(), CarrierScenario.class);
        } catch (IOException e) {
            throw new UncheckedIOException("carrier " + code + ": unreadable " + file, e);
        }
    }

    /** The merchant's carrier account. */
    record Account(String name, Map<String, String> settings, Map<String, String> credentials,
                   List<String> capabilities, List<String> notCapabilities) {
    }

    /**
     * The shipment request: a docs/examples body ({@code example}) or a module file ({@code file}),
     * edited: {@code set} members by dotted path ({@code options.ship_date}), {@code remove} top-level ones.
     */
    record Request(String example, String file, Map<String, JsonNode> set, List<String> remove) {
    }

    /**
     * One carrier endpoint in WireMock: {@code url} (path and query) or {@code url_path}, optional
     * {@code query} parameters and exact {@code request_body} to match; the answer's {@code status}
     * (200), {@code headers} (Content-Type from the body file's extension) and {@code body} file.
     */
    record Stub(String method, String url, String urlPath, Map<String, String> query, String requestBody,
                Integer status, Map<String, String> headers, String body) {
    }

    /** The rate shop's answer; {@code warnings}: codes of what the carrier said beside its quotes ([] for none). */
    record Rates(List<String> services, BigDecimal total, String currency, String serviceLevel,
                 String estimatedDelivery, List<String> charges, List<String> warnings) {
    }

    /** The purchase's answer; {@code fields}: dotted paths of the answer and their values. */
    record Purchase(String awb, String status, String service, BigDecimal charged, List<String> labelFormats,
                    List<String> trackingNumbers, List<Document> documents, Map<String, String> fields) {
    }

    record Document(String type, String contentType) {
    }

    /** A label download; {@code status} other than 200 expects that answer, {@code barcode} the AWB on the PDF/PNG. */
    record Label(String format, String contentType, Integer status, Integer pages, Boolean barcode) {
    }

    /**
     * One tracking refresh: the carrier's tracking answer(s) at that moment and what the API then
     * shows; {@code refresh_error}: how the answer's refresh error starts (none when absent).
     */
    record Tracking(List<Stub> stubs, String status, Integer statusCode, String estimatedDelivery, Integer events,
                    List<Map<String, String>> eventsInOrder, String refreshError) {
        Tracking {
            stubs = stubs == null ? List.of() : stubs;
        }
    }

    /**
     * A tracking push to {@code /v1/webhooks/carriers/<code>/<account>}: {@code body} file
     * ({@code {{awb}}} becomes the bought AWB), authenticated by {@code headers} and/or an HMAC
     * {@code signature}; {@code forged_headers} must be refused.
     */
    record Webhook(String body, Map<String, String> headers, Signature signature, Map<String, String> forgedHeaders,
                   int accepted, String status, List<Map<String, String>> eventsInOrder) {
    }

    /** HMAC-SHA256 of the raw body under {@code hmac_sha256_key}, {@code base64} (default) or {@code hex}, after {@code prefix}. */
    record Signature(String header, String hmacSha256Key, String encoding, String prefix) {
    }

    record ProofOfDelivery(List<Stub> stubs, Map<String, String> fields) {
    }

    /** The cancel's HTTP status, the shipment's status after it, and for a refusal the problem type's last segment. */
    record Cancel(int httpStatus, String status, String problem) {
    }

    /**
     * What the carrier must have received: requests by {@code method} and {@code url}/{@code url_path}
     * with {@code query}, {@code headers} (exact), {@code headers_matching} (regex) and
     * {@code absent_headers}; {@code count} of them (default at least one); each one's body holds
     * {@code json} (extra fields allowed) and {@code json_paths} values; {@code form_json}: a form
     * field holding JSON, checked by its paths.
     */
    record Verification(String method, String url, String urlPath, Integer count, Map<String, String> query,
                        Map<String, String> headers, Map<String, String> headersMatching, List<String> absentHeaders,
                        JsonNode json, Map<String, String> jsonPaths, List<String> jsonPathsPresent, FormJson formJson) {
    }

    record FormJson(String field, Map<String, String> jsonPaths) {
    }
}
