package io.shipgate.carrier.ups;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.shipgate.carrier.testkit.AdapterTestContext;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * UPS's published OpenAPI specs (test resources {@code /ups/openapi/}, copied unchanged from the
 * UPS-API documentation, MIT licence) as validators: the bodies the adapter sends, and the
 * responses the fixtures built from the schemas answer, must conform to them. Security and UPS's
 * tracing headers are checked by the tests themselves, not here.
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
        SimpleRequest request = new SimpleRequest.Builder(sent.getMethod().getName(), path)
                .withContentType("application/json")
                .withBody(sent.getBodyAsString())
                .build();
        ValidationReport report = validator(spec).validateRequest(request);
        assertThat(report.getMessages()).filteredOn(m -> !specDefect(spec, m))
                .as("request to %s against %s", path, spec).isEmpty();
    }

    /** Asserts that a response fixture conforms to what {@code spec} says {@code path} answers. */
    static void assertResponseConforms(String spec, String path, Request.Method method, String fixture) {
        SimpleResponse response = SimpleResponse.Builder.status(200).withContentType("application/json")
                .withBody(AdapterTestContext.fixture(fixture)).build();
        ValidationReport report = validator(spec).validateResponse(path, method, response);
        assertThat(report.getMessages()).as("fixture %s against %s", fixture, spec).isEmpty();
    }

    /**
     * Rating's {@code RateRequest_Request} lists {@code RequestOption} as required but does not
     * define it (the option moved into the path, {@code /rating/{version}/{requestoption}}): the one
     * finding of the spec against itself that is ignored.
     */
    private static boolean specDefect(String spec, ValidationReport.Message message) {
        return spec.equals(RATING) && message.getKey().endsWith(".required") && message.getMessage().contains("RequestOption");
    }

    private static OpenApiInteractionValidator validator(String spec) {
        return VALIDATORS.computeIfAbsent(spec, name -> OpenApiInteractionValidator
                // the YAML parser refuses the tab characters UPS left in the specs' texts
                .createForInlineApiSpecification(AdapterTestContext.fixture("/ups/openapi/" + name).replace('\t', ' '))
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                        .withLevel("validation.request.parameter.header.missing", ValidationReport.Level.IGNORE)
                        .build())
                .build());
    }
}
