package io.shipgate.gateway.platform.security;

import io.shipgate.gateway.platform.problem.ProblemHandler;
import io.shipgate.gateway.platform.problem.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

import java.util.List;

/**
 * Spring Security, the one home of authentication:
 * <ul>
 * <li>{@code Authorization: Bearer <API key>} is read as a {@link BearerKey} and resolved by the
 *     {@link AuthenticationProvider}s that support it (the tenant feature's API keys), in Spring
 *     Security's {@link AuthenticationFilter}; stateless, no session, no CSRF (no cookies);
 * <li>the tenant API ({@code /v1/**}) takes a tenant's key, live or test; managing keys takes a live
 *     key; the admin API ({@code /v1/admin/**}) takes an operator key; a publishable key reaches only
 *     {@code POST /v1/edd} and {@code POST /v1/serviceability}, from its tenant's allowed origins, with CORS
 *     ({@link BrowserKeyFilter});
 * <li>open without a key: carrier webhooks (the adapters authenticate them), Shopify's rate callbacks (HMAC-signed,
 *     checked by the integration), the OpenAPI document,
 *     Swagger UI, the status-only {@code /actuator/health}, the error page, and everything on the
 *     management port (bound to 127.0.0.1 by default);
 * <li>Spring Security's default headers on every answer ({@code Cache-Control: no-store...},
 *     {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY});
 * <li>401 and 403 as problems ({@link ProblemSecurityHandlers}); after authentication, the per-key
 *     rate limit ({@link RateLimitFilter}); the body limit runs after security ({@link RequestBodyLimitFilter}).
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RateLimitProperties.class, RequestBodyLimits.class, StorefrontProperties.class})
public class SecurityConfiguration {

    static final String CARRIER_WEBHOOKS = "/v1/webhooks/carriers/**";
    static final String ADMIN_API = "/v1/admin";
    /** Shopify's carrier-calculated-shipping callbacks: signed with the app's secret (HMAC), checked by the integration. */
    static final String SHOPIFY_CALLBACKS = "/v1/integrations/shopify/*/rates";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, List<AuthenticationProvider> providers, ProblemResponses problems,
                                    RateLimitProperties rateLimits, StorefrontProperties storefront, BrowserOrigins browserOrigins,
                                    ManagementServer managementServer) throws Exception {
        ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems);
        AuthenticationFilter authentication = new AuthenticationFilter(new ProviderManager(providers), SecurityConfiguration::bearerKey);
        // carriers call webhooks with their own Authorization headers: never taken for API keys; nor Shopify's callbacks
        authentication.setRequestMatcher(new NegatedRequestMatcher(new OrRequestMatcher(managementServer,
                PathPatternRequestMatcher.withDefaults().matcher(CARRIER_WEBHOOKS),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, SHOPIFY_CALLBACKS))));
        authentication.setSuccessHandler((request, response, auth) -> {
        });
        authentication.setFailureHandler(new AuthenticationEntryPointFailureHandler(handlers));
        return http
                .csrf(AbstractHttpConfigurer::disable)
                // CORS is BrowserKeyFilter's, for publishable keys only
                .cors(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .addFilterAt(authentication, BasicAuthenticationFilter.class)
                .addFilterAfter(new BrowserKeyFilter(browserOrigins, problems, storefront), AuthenticationFilter.class)
                .addFilterAfter(new RateLimitFilter(rateLimits, storefront, problems), BrowserKeyFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(managementServer).permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers(CARRIER_WEBHOOKS).permitAll()
                        .requestMatchers(HttpMethod.POST, SHOPIFY_CALLBACKS).permitAll()
                        .requestMatchers(HttpMethod.POST, BrowserKeyFilter.PATHS.toArray(String[]::new)).hasAnyRole(Roles.TENANT, Roles.PUBLISHABLE)
                        .requestMatchers(ADMIN_API + "/**").hasRole(Roles.OPERATOR)
                        .requestMatchers(HttpMethod.GET, "/v1/api-keys", "/v1/api-keys/current").hasRole(Roles.TENANT)
                        .requestMatchers("/v1/api-keys", "/v1/api-keys/**").hasRole(Roles.LIVE)
                        .requestMatchers(HttpMethod.GET, "/v1/tenant", "/v1/integrations/**").hasRole(Roles.TENANT)
                        .requestMatchers("/v1/tenant", "/v1/integrations/**").hasRole(Roles.LIVE)
                        .requestMatchers("/v1/**").hasRole(Roles.TENANT)
                        .anyRequest().authenticated())
                .build();
    }

    /** {@code Authorization: Bearer <key>}; no header (or another scheme) is no key at all, an empty one is an invalid key. */
    private static BearerKey bearerKey(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String key = header.substring(7).trim();
        if (key.isEmpty()) {
            throw new BadCredentialsException("the API key is empty");
        }
        return new BearerKey(key);
    }

    /** A request Spring Security's firewall refuses (a path parameter, a control character) is a 400 problem, like Tomcat's own refusals. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
        return (request, response, rejected) -> problems.write(request, response, ProblemHandler.firewallRejected());
    }

    /** The body limit of the API, after security: a request without a valid key is refused before its body is read. */
    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(RequestBodyLimits limits, ProblemResponses problems) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(limits, problems));
        registration.addUrlPatterns("/v1/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
