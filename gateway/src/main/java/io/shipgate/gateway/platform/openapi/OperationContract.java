package io.shipgate.gateway.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springframework.web.method.HandlerMethod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every operation of the document says beyond its signature: its examples and problem
 * answers ({@link ExampleBodies}, {@link ErrorResponses} on the controller method), the problems
 * and headers every operation of its kind has, and its security: a tenant's API key, an
 * operator key under {@code /v1/admin}, none for the carriers' webhooks and Shopify's callbacks.
 */
final class OperationContract {

    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
    private static final String ADMIN = "/v1/admin/";
    private static final String CARRIER_WEBHOOKS = "/v1/webhooks/carriers/";
    /** Shopify's callbacks: signed by Shopify (HMAC), no API key. */
    private static final String SHOPIFY_CALLBACKS = "/v1/integrations/shopify/{slug}/";

    private OperationContract() {
    }

    /** The examples and problem answers a controller method declares. */
    static Operation fromAnnotations(Operation operation, HandlerMethod handler) {
        ExampleBodies examples = handler.getMethodAnnotation(ExampleBodies.class);
        if (examples != null) {
            if (examples.request().length > 0) {
                examples(operation.getRequestBody().getContent(), examples.request());
            }
            if (examples.response().length > 0) {
                examples(success(operation).getContent(), examples.response());
            }
        }
        ErrorResponses errors = handler.getMethodAnnotation(ErrorResponses.class);
        if (errors != null) {
            Arrays.stream(errors.value()).forEach(status -> problem(operation, status));
        }
        return operation;
    }

    /** Components (problems, headers, examples) and what each operation gets from where it is and what it takes. */
    static void complete(OpenAPI openApi, Map<String, Example> examples) {
        examples.forEach(openApi.getComponents()::addExamples);
        ProblemDocumentation.addTo(openApi.getComponents(), examples);
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            boolean authenticated = !path.startsWith(CARRIER_WEBHOOKS) && !path.startsWith(SHOPIFY_CALLBACKS);
            String scheme = path.startsWith(ADMIN) ? OpenApiConfiguration.OPERATOR_KEY : OpenApiConfiguration.API_KEY;
            operation.setSecurity(authenticated ? List.of(new SecurityRequirement().addList(scheme)) : new ArrayList<>());
            List<Integer> statuses = new ArrayList<>(List.of(400, 500));
            if (authenticated) {
                statuses.addAll(List.of(401, 403, 429));
                success(operation).addHeaderObject(ProblemDocumentation.RATE_LIMIT, header(ProblemDocumentation.RATE_LIMIT))
                        .addHeaderObject(ProblemDocumentation.RATE_LIMIT_POLICY, header(ProblemDocumentation.RATE_LIMIT_POLICY));
            }
            if (operation.getRequestBody() != null) {
                statuses.add(413);
            }
            statuses.forEach(status -> problem(operation, status));
            sortResponses(operation);
            // a header given by reference is the referenced one: springdoc adds a style and schema beside the $ref
            operation.getResponses().values().stream().filter(r -> r.getHeaders() != null).flatMap(r -> r.getHeaders().values().stream())
                    .filter(h -> h.get$ref() != null).forEach(h -> h.style(null).schema(null));
            checkExamples(operation, examples);
        }));
    }

    /** Every example an operation refers to is a file of docs/examples: a typo fails at start, not in a client. */
    private static void checkExamples(Operation operation, Map<String, Example> examples) {
        List<Content> bodies = new ArrayList<>();
        if (operation.getRequestBody() != null) {
            bodies.add(operation.getRequestBody().getContent());
        }
        operation.getResponses().values().stream().filter(r -> r.getContent() != null).forEach(r -> bodies.add(r.getContent()));
        bodies.stream().flatMap(c -> c.values().stream()).filter(m -> m.getExamples() != null)
                .flatMap(m -> m.getExamples().keySet().stream()).filter(name -> !examples.containsKey(name)).findFirst()
                .ifPresent(name -> {
                    throw new IllegalStateException(operation.getOperationId() + " refers to the example " + name
                            + ", which docs/examples does not have");
                });
    }

    /** The operation's one success answer (2xx). */
    static ApiResponse success(Operation operation) {
        return operation.getResponses().entrySet().stream().filter(e -> e.getKey().startsWith("2")).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new IllegalStateException(operation.getOperationId() + " has no success response"));
    }

    static Header header(String name) {
        return new Header().$ref("#/components/headers/" + name);
    }

    private static void examples(Content content, String[] names) {
        MediaType json = content.get(JSON);
        if (json == null) {
            throw new IllegalStateException("examples " + List.of(names) + " given for a body that is not " + JSON + ": " + content.keySet());
        }
        Map<String, Example> refs = new LinkedHashMap<>();
        for (String name : names) {
            refs.put(name, new Example().$ref("#/components/examples/" + name));
        }
        json.setExamples(refs);
    }

    private static void problem(Operation operation, int status) {
        operation.getResponses().addApiResponse(Integer.toString(status),
                new ApiResponse().$ref("#/components/responses/" + ProblemDocumentation.responseName(status)));
    }

    private static void sortResponses(Operation operation) {
        ApiResponses sorted = new ApiResponses();
        new TreeMap<>(operation.getResponses()).forEach(sorted::addApiResponse);
        operation.setResponses(sorted);
    }
}
