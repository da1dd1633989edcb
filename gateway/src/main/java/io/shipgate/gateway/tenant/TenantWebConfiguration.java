package io.shipgate.gateway.tenant;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** API-key authentication on /v1/*, and {@link Tenant} as a handler argument for the authenticated tenant. */
@Configuration(proxyBeanMethods = false)
public class TenantWebConfiguration implements WebMvcConfigurer {

    @Bean
    FilterRegistrationBean<ApiKeyAuthFilter> apiKeyAuthFilter(TenantRepository tenants, ObjectMapper json) {
        FilterRegistrationBean<ApiKeyAuthFilter> registration = new FilterRegistrationBean<>(new ApiKeyAuthFilter(tenants, json));
        registration.addUrlPatterns("/v1/*");
        registration.setName("apiKeyAuthFilter");
        return registration;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Tenant.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                          WebDataBinderFactory binders) {
                Object tenant = request.getAttribute(ApiKeyAuthFilter.TENANT_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
                if (tenant == null) {
                    throw new IllegalStateException("no authenticated tenant: is the handler outside /v1?");
                }
                return tenant;
            }
        });
    }
}
