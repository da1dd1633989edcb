package io.shipgate.gateway.pages;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Spring Security for the public pages ({@code /t/**}, {@code /r/**}), beside the console's and the API's chains: open to
 * everyone, no API key, no session; CSRF on every form, its token in a cookie (HttpOnly, SameSite=Lax) and the form's
 * hidden field; no framing, no referrer beyond this site. The lookups and form posts are limited per client address
 * ({@link PageLimits}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PagesProperties.class)
class PagesSecurityConfiguration {

    static final String CSRF_COOKIE = "sg_pages_csrf";

    @Bean
    @Order(2)
    SecurityFilterChain pagesSecurity(HttpSecurity http) throws Exception {
        CookieCsrfTokenRepository csrf = new CookieCsrfTokenRepository();
        csrf.setCookieName(CSRF_COOKIE);
        csrf.setCookieCustomizer(c -> c.sameSite("Lax").path("/"));
        return http.securityMatcher("/t/**", "/r/**")
                .csrf(c -> c.csrfTokenRepository(csrf))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(h -> h.frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        // style-src 'unsafe-inline': the tenant's colours are a style attribute (validated #rrggbb values)
                        .contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'")))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .build();
    }
}
