package io.shipgate.gateway.platform.openapi;

import io.shipgate.gateway.platform.problem.Problems;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.DateTimeSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.UUIDSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the OpenAPI document describes errors: one {@code Problem} schema (RFC 9457 with the
 * API's extension members), one shared response per status listing the problem types that answer
 * with it, and the headers answers carry.
 */
final class ProblemDocumentation {

    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    static final String RETRY_AFTER = "Retry-After";
    static final String RATE_LIMIT = "RateLimit";
    static final String RATE_LIMIT_POLICY = "RateLimit-Policy";

    /** The shared responses: a status, its component name and the problem types that answer with it (the first one's example first). */
    private record Status(int code, String name, List<Problems> types, List<String> headers) {
    }

    private static final List<Status> STATUSES = List.of(
            new Status(400, "BadRequest", List.of(Problems.VALIDATION, Problems.MALFORMED_REQUEST), List.of()),
            new Status(401, "Unauthorized", List.of(Problems.UNAUTHORIZED), List.of("WWW-Authenticate")),
            new Status(403, "Forbidden", List.of(Problems.FORBIDDEN, Problems.LIVE_ACCOUNT_WITH_TEST_KEY), List.of()),
            new Status(404, "NotFound", List.of(Problems.NOT_FOUND, Problems.LABEL_NOT_AVAILABLE), List.of()),
            new Status(409, "Conflict", List.of(Problems.INVALID_STATE, Problems.IDEMPOTENCY_KEY_IN_USE, Problems.PURCHASE_NEEDS_ATTENTION,
                    Problems.CARRIER_INVALID_STATE, Problems.NDR_CASE_CLOSED, Problems.NDR_ACTION_TAKEN), List.of(RETRY_AFTER)),
            new Status(413, "PayloadTooLarge", List.of(Problems.PAYLOAD_TOO_LARGE, Problems.TOO_MANY_EVENTS), List.of()),
            new Status(422, "UnprocessableEntity", List.of(Problems.CAPABILITY_NOT_SUPPORTED, Problems.NO_CARRIER_ACCOUNT,
                    Problems.IDEMPOTENCY_KEY_REUSED, Problems.CARRIER_INVALID_REQUEST, Problems.CARRIER_AUTHENTICATION,
                    Problems.CARRIER_NOT_SERVICEABLE, Problems.CARRIER_NOT_FOUND, Problems.RETURN_NOT_ALLOWED), List.of()),
            new Status(429, "TooManyRequests", List.of(Problems.RATE_LIMITED, Problems.CARRIER_RATE_LIMITED, Problems.REFRESH_RATE_LIMITED),
                    List.of(RETRY_AFTER, RATE_LIMIT, RATE_LIMIT_POLICY)),
            new Status(500, "InternalServerError", List.of(Problems.INTERNAL), List.of()),
            new Status(502, "BadGateway", List.of(Problems.CARRIER_UNAVAILABLE, Problems.CARRIER_ERROR), List.of()),
            new Status(503, "ServiceUnavailable", List.of(Problems.CARRIER_UNAVAILABLE), List.of(RETRY_AFTER)),
            new Status(504, "GatewayTimeout", List.of(Problems.CARRIER_TIMEOUT), List.of()));

    private ProblemDocumentation() {
    }

    /** The component name of the shared response for {@code status}. */
    static String responseName(int status) {
        return STATUSES.stream().filter(s -> s.code() == status).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no problem response documented for status " + status)).name();
    }

    /** Adds the Problem schemas, the headers and one response per status, with the examples of {@code docs/examples/problems}. */
    static void addTo(Components components, Map<String, Example> examples) {
        components.addSchemas("ProblemFieldError", new ObjectSchema()
                .description("One offending field of a request.")
                .addProperty("field", new StringSchema().description("The field as the client sent it: a snake_case path "
                        + "(parcels[0].weight.value), a header (Idempotency-Key) or a query parameter").example("parcels[0].weight.value"))
                .addProperty("message", new StringSchema().description("What is wrong with it, never repeating the value sent")
                        .example("must be greater than 0"))
                .addProperty("row", new IntegerSchema().format("int64").description("An uploaded file's mistakes: the row (line "
                        + "number in the file; a CSV header is row 1); field is then the column").example(7))
                .required(List.of("field", "message")));
        components.addSchemas("Problem", problem());
        headers().forEach(components::addHeaders);
        for (Status status : STATUSES) {
            Map<String, Example> refs = new LinkedHashMap<>();
            status.types().stream().map(ProblemDocumentation::exampleName).filter(examples::containsKey)
                    .forEach(name -> refs.put(name, new Example().$ref("#/components/examples/" + name)));
            if (refs.isEmpty()) {
                throw new IllegalStateException("docs/examples/problems has no example for " + status.code() + " " + status.name());
            }
            ApiResponse response = new ApiResponse()
                    .description(status.types().stream().map(t -> "`" + slug(t) + "`: " + t.title())
                            .collect(Collectors.joining("; ", "", ".")))
                    .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/Problem")).examples(refs)));
            status.headers().forEach(h -> response.addHeaderObject(h, new Header().$ref("#/components/headers/" + h)));
            components.addResponses(status.name(), response);
        }
    }

    /** The component example of a problem type: {@code docs/examples/problems/<type>.json}. */
    static String exampleName(Problems type) {
        return "problem-" + slug(type);
    }

    private static String slug(Problems type) {
        String uri = type.type().toString();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("An error, as RFC 9457 problem details (application/problem+json). Branch on type; extension members "
                        + "appear where they apply.")
                .addProperty("type", new StringSchema().format("uri").description("The problem type: a stable URI under "
                        + "https://shipgate.dev/problems/ that never changes (docs/api.md lists them)")
                        .example("https://shipgate.dev/problems/validation-error"))
                .addProperty("title", new StringSchema().description("The type's short summary").example("The request is not valid"))
                .addProperty("status", new IntegerSchema().description("The HTTP status code").example(400))
                .addProperty("detail", new StringSchema().description("What went wrong in this occurrence, for a human"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("The request's path")
                        .example("/v1/shipments"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/ProblemFieldError"))
                        .description("validation-error, malformed-request, carrier-invalid-request: each offending field"))
                .addProperty("invalid_rows", new IntegerSchema().format("int64").description("validation-error of an uploaded file: "
                        + "how many rows have a mistake (errors lists the first ones)"))
                .addProperty("carrier", new StringSchema().description("Carrier problems, capability-not-supported: the carrier's code")
                        .example("sandbox"))
                .addProperty("carrier_code", new StringSchema().description("Carrier problems: the carrier's own error code"))
                .addProperty("retryable", new BooleanSchema().description("Carrier problems: whether the same request may succeed later"))
                .addProperty("capability", new StringSchema().description("capability-not-supported: the operation the carrier lacks")
                        .example("VALIDATE_ADDRESS"))
                .addProperty("carrier_account_id", new UUIDSchema().description("live-account-with-test-key: the live account"))
                .addProperty("shipment_status", new Schema<>().$ref("#/components/schemas/TrackingStatus")
                        .description("invalid-state: the shipment's status, which does not allow the request"))
                .addProperty("return_status", new Schema<>().$ref("#/components/schemas/TrackingStatus")
                        .description("invalid-state of a return: the return's status, which does not allow the request"))
                .addProperty("rule", new StringSchema().description("return-not-allowed: the return rule the return breaks")
                        ._enum(List.of("return_window_days", "non_returnable_reasons", "non_returnable_skus")))
                .addProperty("reason", new StringSchema().description("return-not-allowed (non_returnable_reasons): the reason refused"))
                .addProperty("sku", new StringSchema().description("return-not-allowed (non_returnable_skus): the SKU refused"))
                .addProperty("delivered_at", new DateTimeSchema().description("return-not-allowed (return_window_days): when the shipment was delivered"))
                .addProperty("window_ends_at", new DateTimeSchema().description("return-not-allowed (return_window_days): when its window ended"))
                .addProperty("return_window_days", new IntegerSchema().description("return-not-allowed (return_window_days): the window in days"))
                .addProperty("available", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/LabelLinkView"))
                        .description("label-not-available: the labels the shipment has"))
                .addProperty("ndr_action", new StringSchema().description("capability-not-supported of an NDR action: the action the carrier lacks")
                        .example("return_to_origin"))
                .addProperty("offered", new ArraySchema().items(new StringSchema().description("An NDR action"))
                        .description("capability-not-supported of an NDR action: the NDR actions the carrier offers"))
                .addProperty("outcome", new StringSchema().description("ndr-case-closed: why the case closed (delivered, returned_to_origin, "
                        + "cancelled, expired)"))
                .addProperty("action_id", new UUIDSchema().description("ndr-action-already-taken: the action taken for the attempt"))
                .addProperty("attempt", new IntegerSchema().description("ndr-action-already-taken: the failed attempt it answers"))
                .addProperty("max_bytes", new IntegerSchema().format("int64").description("payload-too-large: the endpoint's largest body"))
                .addProperty("retry_after", new IntegerSchema().description("rate-limited: seconds until one more request is allowed"))
                .addProperty("error_id", new StringSchema().description("internal-error: quote it to the operator to find the error in the log"))
                .required(List.of("type", "title", "status"));
    }

    private static Map<String, Header> headers() {
        Map<String, Header> headers = new LinkedHashMap<>();
        headers.put(RETRY_AFTER, new Header().description("Seconds to wait before trying again").schema(new IntegerSchema().example(1)));
        headers.put(RATE_LIMIT, new Header().description("The API key's rate limit now (IETF draft-ietf-httpapi-ratelimit-headers): "
                + "r requests left, t seconds until the bucket is full again").schema(new StringSchema().example("\"api-key\";r=187;t=1")));
        headers.put(RATE_LIMIT_POLICY, new Header().description("The API key's rate limit policy: the bucket holds q requests and "
                + "refills completely in w seconds").schema(new StringSchema().example("\"api-key\";q=200;w=2")));
        headers.put("WWW-Authenticate", new Header().description("How to authenticate: a bearer API key")
                .schema(new StringSchema().example("Bearer realm=\"shipgate\"")));
        headers.put("Location", new Header().description("The new resource's path").schema(new StringSchema().format("uri-reference")));
        headers.put("Idempotent-Replayed", new Header().description("true when the answer is the original one of an earlier request "
                + "with the same Idempotency-Key and body").schema(new StringSchema()._enum(List.of("true"))));
        return headers;
    }
}
