package io.shipgate.gateway.tenant;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * {@link Tenant} as a handler argument: the tenant of the request's API key (Spring Security's
 * context); the OpenAPI document leaves it out (it is no request parameter).
 */
@Configuration(proxyBeanMethods = false)
class TenantWebConfiguration implements WebMvcConfigurer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Tenant.class);
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
                return CurrentApiKey.get().map(ApiKeyPrincipal::tenant).orElseThrow(() ->
                        new IllegalStateException("no tenant's API key: is the handler outside the tenant API's security rules?"));
            }
        });
    }
}
