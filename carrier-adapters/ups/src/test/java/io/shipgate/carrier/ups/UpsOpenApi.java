package io.shipgate.carrier.ups;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.shipgate.carrier.testkit.AdapterTestContext;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * UPS's published OpenAPI specs (test resources {@code /ups/openapi/}, copied unchanged from the
 * UPS-API documentation, MIT licence) as validators: the bodies the adapter sends, and the
 * responses the fixtures built from the schemas answer, must conform to them, headers included.
 * Security (the bearer token) is checked by the tests themselves, not here.
 */
final class UpsOpenApi {

    static final String RATING = "Rating.yaml";
    static final String SHIPPING = "Shipping.yaml";
    static final String TIME_IN_TRANSIT = "TimeInTransit.yaml";

    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

    private UpsOpenApi() {
    }

    /** Asserts that a request the adapter sent (as WireMock logged it) conforms to {@code spec}. */
    static void assertConforms(String spec, LoggedRequest sent) {
        String path = sent.getUrl().contains("?") ? sent.getUrl().substring(0, sent.getUrl().indexOf('?')) : sent.getUrl();
        SimpleRequest.Builder builder = new SimpleRequest.Builder(sent.getMethod().getName(), path)
                .withContentType("application/json")
                .withBody(sent.getBodyAsString());
        sent.getHeaders().all().forEach(h -> builder.withHeader(h.key(), h.values()));
        SimpleRequest request = builder.build();
        ValidationReport report = validator(spec).validateRequest(request);
        assertThat(report.getMessages()).filteredOn(m -> !specDefect(spec, m)).map(UpsOpenApi::describe)
                .as("request to %s against %s", path, spec).isEmpty();
    }

    /** Asserts that a response fixture conforms to what {@code spec} says {@code path} answers. */
    static void assertResponseConforms(String spec, String path, Request.Method method, String fixture) {
        SimpleResponse response = SimpleResponse.Builder.status(200).withContentType("application/json")
                .withBody(AdapterTestContext.fixture(fixture)).build();
        ValidationReport report = validator(spec).validateResponse(path, method, response);
        assertThat(report.getMessages()).filteredOn(m -> !specDefect(spec, m)).map(UpsOpenApi::describe)
                .as("fixture %s against %s", fixture, spec).isEmpty();
    }

    /** A finding with where it is: the spec's pointer and the instance's. */
    private static String describe(ValidationReport.Message message) {
        return message.getKey() + " " + message.getMessage() + " at " + message.getContext()
                .flatMap(ValidationReport.MessageContext::getPointers)
                .map(p -> p.getInstance() + " (schema " + p.getSchema() + ")").orElse("?")
                + " " + message.getAdditionalInfo();
    }

    /**
     * The findings of a spec against itself, ignored: Rating's {@code RateRequest_Request} lists
     * {@code RequestOption} as required but does not define it (the option moved into the path,
     * {@code /rating/{version}/{requestoption}}); Shipping's {@code ShipmentResults.BillingWeight.Weight}
     * has a minimum length of 8, which no weight UPS answers ("5.0") has; TimeInTransit's
     * {@code weight} has {@code maximum: 1}, UPS's way of saying "one occurrence" throughout its
     * specs, which on a number would cap the weight at one pound.
     */
    private static boolean specDefect(String spec, ValidationReport.Message message) {
        return (spec.equals(RATING) && message.getKey().endsWith(".required") && message.getMessage().contains("RequestOption"))
                || (spec.equals(SHIPPING) && message.getKey().endsWith(".minLength") && describe(message).contains("/BillingWeight/Weight "))
                || (spec.equals(TIME_IN_TRANSIT) && message.getKey().endsWith(".maximum") && describe(message).contains(" at /weight "));
    }

    /**
     * Parses a spec as UPS published it. The parser reports two defects it works around: tab
     * characters in descriptions (replaced by spaces, as YAML wants), in Shipping.yaml the array
     * {@code Product_ProductIdentifier} without {@code items}, in TimeInTransit.yaml an
     * {@code info} without {@code version}; the rest of each spec is intact.
     */
    private static OpenAPI parse(String name) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser()
                .readContents(AdapterTestContext.fixture("/ups/openapi/" + name).replace('\t', ' '), null, options);
        assertThat(result.getOpenAPI()).as("UPS spec %s: %s", name, result.getMessages()).isNotNull();
        assertThat(result.getMessages()).as("UPS spec %s", name)
                .allMatch(m -> m.contains("Product_ProductIdentifier.items is missing") || m.contains("info.version is missing"));
        return result.getOpenAPI();
    }

    private static OpenApiInteractionValidator validator(String spec) {
        return VALIDATORS.computeIfAbsent(spec, name -> OpenApiInteractionValidator.createFor(parse(name))
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                        .build())
                .build());
    }
}
