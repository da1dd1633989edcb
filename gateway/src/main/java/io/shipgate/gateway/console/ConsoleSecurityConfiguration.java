package io.shipgate.gateway.console;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

import java.util.Map;

/**
 * Spring Security for the console and the pages' assets, beside the API's chain:
 * <ul>
 * <li>{@code /assets/**}: public, no session, cacheable;
 * <li>{@code /console/**}: form login ({@code /console/login}, email and password, checked against Argon2id hashes), a
 *     session (its id changed at sign-in, idle timeout {@code server.servlet.session.timeout}), CSRF on every form,
 *     lockout after {@code shipgate.console.lockout.attempts} wrong passwords in a row, {@code /console/admin/**} for
 *     admins only (a warehouse user gets the 403 page), frames from the console itself only (the label preview).
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
class ConsoleSecurityConfiguration {

    static final String LOGIN = "/console/login";

    /** Argon2id (Spring Security's defaults: 16 MB, 2 iterations) for new hashes; bcrypt hashes still verify. */
    @Bean
    PasswordEncoder consolePasswordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    @Order(0)
    SecurityFilterChain assetsSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/assets/**")
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h.cacheControl(c -> c.disable()))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain consoleSecurity(HttpSecurity http, ConsoleUserService users, PasswordEncoder consolePasswordEncoder) throws Exception {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(consolePasswordEncoder);
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        // back to the page asked for after signing in, without Spring Security's "?continue" on its address
        requestCache.setMatchingRequestParameterName(null);
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                                org.springframework.security.core.Authentication authentication)
                    throws java.io.IOException, jakarta.servlet.ServletException {
                users.loginSucceeded((ConsoleUser) authentication.getPrincipal());
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        success.setDefaultTargetUrl("/console");
        success.setRequestCache(requestCache);
        SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler(LOGIN + "?error") {
            @Override
            public void onAuthenticationFailure(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                                org.springframework.security.core.AuthenticationException exception)
                    throws java.io.IOException, jakarta.servlet.ServletException {
                if (!(exception instanceof LockedException)) {
                    users.loginFailed(request.getParameter("email"));
                }
                super.onAuthenticationFailure(request, response, exception);
            }
        };
        return http.securityMatcher("/console", "/console/**")
                .requestCache(c -> c.requestCache(requestCache))
                .authenticationManager(new ProviderManager(provider))
                .formLogin(f -> f.loginPage(LOGIN).loginProcessingUrl(LOGIN).usernameParameter("email").passwordParameter("password")
                        .successHandler(success).failureHandler(failure).permitAll())
                .logout(l -> l.logoutUrl("/console/logout").logoutSuccessUrl(LOGIN + "?signed-out"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.accessDeniedPage("/console/forbidden"))
                .headers(h -> h.frameOptions(f -> f.sameOrigin())
                        .contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; img-src 'self' data:; object-src 'self'; "
                                + "frame-ancestors 'self'; form-action 'self'; base-uri 'self'")))
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        // with any query (?error, ?signed-out): formLogin's permitAll matches the bare address only
                        .requestMatchers(HttpMethod.GET, LOGIN).permitAll()
                        .requestMatchers("/console/admin", "/console/admin/**").hasAuthority(ConsoleRole.ADMIN.authority())
                        .anyRequest().hasAnyAuthority(ConsoleRole.ADMIN.authority(), ConsoleRole.WAREHOUSE.authority()))
                .build();
    }
}
