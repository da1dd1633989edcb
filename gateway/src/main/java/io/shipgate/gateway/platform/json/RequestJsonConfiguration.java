package io.shipgate.gateway.platform.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shipgate.gateway.platform.problem.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * How the API reads what clients send: request bodies with the application's ObjectMapper plus
 * {@link RequestText}'s check of every string, and no silent truncation of {@code 1.5} to an
 * integer; query parameters under the same text rule. The application's own ObjectMapper (JSON
 * columns, events) is left as it is, so stored data written before these rules still reads.
 */
@Configuration(proxyBeanMethods = false)
public class RequestJsonConfiguration implements WebMvcConfigurer {

    private final ObjectMapper requests;

    RequestJsonConfiguration(ObjectMapper json) {
        this.requests = json.copy().registerModule(RequestText.module()).disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /** Spring MVC's JSON converter, and only it (not HTTP clients built from Spring Boot's converters), reads with the checks. */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.replaceAll(converter -> converter.getClass() == MappingJackson2HttpMessageConverter.class
                ? new MappingJackson2HttpMessageConverter(requests) : converter);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (request.getQueryString() != null) {
                    // the query string only: a form-encoded body (a carrier push) is left unread for its handler
                    UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams()
                            .forEach((name, values) -> {
                                String parameter = decoded("query", name);
                                check(parameter, parameter);
                                values.stream().filter(Objects::nonNull).forEach(value -> check(parameter, decoded(parameter, value)));
                            });
                }
                return true;
            }
        });
    }

    private static String decoded(String parameter, String encoded) {
        try {
            return UriUtils.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(RequestText.problem(parameter) == null ? parameter : "query", "is not valid percent-encoding");
        }
    }

    private static void check(String parameter, String text) {
        String problem = RequestText.problem(text);
        if (problem != null) {
            throw ApiException.invalid(RequestText.problem(parameter) == null ? parameter : "query", problem);
        }
    }
}
