package io.shipgate.gateway.platform.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * The OpenAPI document at /v3/api-docs (Swagger UI at /swagger-ui.html), written to
 * docs/openapi.json and the source of generated clients: snake_case models named after the
 * gateway's contract records, closed sets as named enums, problem responses, examples from
 * docs/examples, security per operation ({@link OperationContract}).
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    /** The security scheme of a tenant's API key (live or test). */
    static final String API_KEY = "apiKey";
    /** The security scheme of an operator key (the admin API). */
    static final String OPERATOR_KEY = "operatorKey";

    static {
        // every closed set is a named schema, so a generated client has one type for it, not one per field
        ModelResolver.enumsAsRef = true;
    }

    /** Models described with the application's ObjectMapper, so the document shows snake_case names as the API sends them. */
    @Bean
    ModelResolver modelResolver(ObjectMapper json) {
        return new ModelResolver(json, new NestedTypeNames()).openapi31(true);
    }

    @Bean
    OpenAPI shipgateOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Shipgate API").version("v1")
                        .description("One REST API for many carriers: rates, labels, tracking. JSON in snake_case; errors are RFC 9457 "
                                + "problem+json. The guide: docs/api.md."))
                .addServersItem(new Server().url("http://localhost:8080")
                        .description("A gateway started as the README says; use your gateway's address"))
                .components(new Components()
                        .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A tenant's API key (sg_live_... or sg_test_...): Authorization: Bearer <key>"))
                        .addSecuritySchemes(OPERATOR_KEY, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("An operator key (sg_op_..., created on the command line) for the admin API")));
    }

    @Bean
    OperationCustomizer operationContract() {
        return OperationContract::fromAnnotations;
    }

    @Bean
    OpenApiCustomizer documentContract() {
        Map<String, Example> examples = ExampleFiles.load();
        return openApi -> OperationContract.complete(openApi, examples);
    }

    /** Nested types are named with their owner: {@code TaxId.Type} is {@code TaxIdType}, not a {@code Type} that collides. */
    private static final class NestedTypeNames extends TypeNameResolver {
        @Override
        protected String getNameOfClass(Class<?> type) {
            String name = super.getNameOfClass(type);
            return type.getEnclosingClass() == null || !name.equals(type.getSimpleName())
                    ? name : getNameOfClass(type.getEnclosingClass()) + name;
        }
    }
}
