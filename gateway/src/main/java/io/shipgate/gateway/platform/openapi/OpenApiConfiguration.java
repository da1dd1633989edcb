package io.shipgate.gateway.platform.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs (Swagger UI at /swagger-ui.html): bearer API keys, snake_case models. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    /** Models described with the application's ObjectMapper, so the document shows snake_case names as the API sends them. */
    @Bean
    ModelResolver modelResolver(ObjectMapper json) {
        return new ModelResolver(json);
    }

    @Bean
    OpenAPI shipgateOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Shipgate API").version("v1")
                        .description("One REST API for many carriers: rates, labels, tracking. Errors are RFC 9457 problem+json."))
                .components(new Components().addSecuritySchemes("apiKey",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("Authorization: Bearer <API key>")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
