package io.shipgate.gateway.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The pages' links ({@code @{...}} in the templates) are written as they are. Spring Boot registers Spring's
 * {@link ResourceUrlEncodingFilter} with Thymeleaf when the resource chain is on (the WebJars locator Swagger UI brings
 * turns it on); it sends every link a page renders through the resource resolvers, a classpath look-up per link that
 * is not cached when it finds nothing: 38 % of a tracking page view's CPU. The pages' assets carry no content hash, so
 * the filter has nothing to rewrite. Registered here disabled (Boot backs off when such a registration exists); the
 * resource chain itself stays, with its cache of the assets it serves.
 */
@Configuration(proxyBeanMethods = false)
class PageLinks {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
