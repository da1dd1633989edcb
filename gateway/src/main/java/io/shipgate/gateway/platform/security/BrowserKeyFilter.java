package io.shipgate.gateway.platform.security;

import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.ProblemResponses;
import io.shipgate.gateway.platform.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * The browser side of publishable keys (CORS), after authentication:
 * <ul>
 * <li>a preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) of a {@link #PATHS storefront path} is
 *     answered here, without a key (browsers send none): 204 with {@code Access-Control-Allow-Origin} = the origin when
 *     some tenant allows the origin ({@link BrowserOrigins}), the method is POST and the headers are among
 *     {@code Authorization, Content-Type}; else 403 without CORS headers;</li>
 * <li>a request with a {@link BrowserKeyPrincipal browser key} must carry an {@code Origin} among its tenant's allowed
 *     origins (else 403); its answer, a refusal by a later rule included, carries {@code Access-Control-Allow-Origin}
 *     and {@code Vary: Origin};</li>
 * <li>a secret key gets no CORS headers at all: a browser never reads its answers.</li>
 * </ul>
 */
class BrowserKeyFilter extends OncePerRequestFilter {

    /** What a publishable key may call (POST only). */
    static final Set<String> PATHS = Set.of("/v1/edd", "/v1/serviceability");
    private static final Set<String> ALLOWED_HEADERS = Set.of("authorization", "content-type");

    private final BrowserOrigins origins;
    private final ProblemResponses problems;
    private final String maxAge;

    BrowserKeyFilter(BrowserOrigins origins, ProblemResponses problems, StorefrontProperties properties) {
        this.origins = origins;
        this.problems = problems;
        this.maxAge = Long.toString(properties.corsMaxAge().toSeconds());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (HttpMethod.OPTIONS.matches(request.getMethod()) && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null
                && origin != null && PATHS.contains(path(request))) {
            preflight(request, response, origin);
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof BrowserKeyPrincipal key && key.browserKey()) {
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
            if (origin == null) {
                refuse(request, response, "a publishable key is accepted only from a web page of one of the tenant's allowed origins, "
                        + "and this request has no Origin header: a server uses a secret key");
                return;
            }
            if (!key.allowedOrigins().contains(origin.toLowerCase(Locale.ROOT))) {
                refuse(request, response, "the origin " + shown(origin) + " is not among the tenant's allowed origins "
                        + "(allowed_origins, PATCH /v1/tenant)");
                return;
            }
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "RateLimit, RateLimit-Policy, Retry-After");
        }
        chain.doFilter(request, response);
    }

    private void preflight(HttpServletRequest request, HttpServletResponse response, String origin) throws IOException {
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
        if (!HttpMethod.POST.matches(request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD))) {
            refuse(request, response, "a publishable key may only POST to " + path(request));
            return;
        }
        String requested = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
        if (requested != null) {
            for (String header : requested.split(",")) {
                String name = header.strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !ALLOWED_HEADERS.contains(name)) {
                    refuse(request, response, "only the headers Authorization and Content-Type may be sent, not " + shown(header.strip()));
                    return;
                }
            }
        }
        if (!origins.allowedByAnyTenant(origin)) {
            refuse(request, response, "the origin " + shown(origin) + " is not an allowed origin");
            return;
        }
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "POST");
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "Authorization, Content-Type");
        response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, maxAge);
        response.setStatus(HttpStatus.NO_CONTENT.value());
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        problems.write(request, response, new ApiException(Problems.FORBIDDEN, HttpStatus.FORBIDDEN, detail));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** A header as a problem may quote it: short, printable ASCII only. */
    private static String shown(String value) {
        String cut = value.length() > 100 ? value.substring(0, 100) + "..." : value;
        return "'" + cut.replaceAll("[^\\x20-\\x7e]", "?") + "'";
    }
}
