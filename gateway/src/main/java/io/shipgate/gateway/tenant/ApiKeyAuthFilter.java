package io.shipgate.gateway.tenant;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.shipgate.gateway.problem.ApiException;
import io.shipgate.gateway.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Authenticates {@code /v1/**} but carrier webhooks: {@code Authorization: Bearer <api key>}
 * resolves the tenant, which every handler then works for. A missing or unknown key is a 401 problem.
 */
public class ApiKeyAuthFilter extends OncePerRequestFilter {

    static final String TENANT_ATTRIBUTE = ApiKeyAuthFilter.class.getName() + ".tenant";
    public static final String CARRIER_WEBHOOKS = "/v1/webhooks/carriers/";

    private final TenantRepository tenants;
    private final ObjectMapper json;

    public ApiKeyAuthFilter(TenantRepository tenants, ObjectMapper json) {
        this.tenants = tenants;
        this.json = json;
    }

    /** Carrier webhooks authenticate with their carrier account's secret, not an API key. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + CARRIER_WEBHOOKS);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        Optional<Tenant> tenant = Optional.empty();
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String key = header.substring(7).trim();
            if (!key.isEmpty()) {
                tenant = tenants.findByApiKey(key);
            }
        }
        if (tenant.isEmpty()) {
            String detail = header == null ? "send your API key as 'Authorization: Bearer <key>'" : "the API key is not valid";
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"shipgate\"");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            var problem = new ApiException(Problems.UNAUTHORIZED, HttpStatus.UNAUTHORIZED, detail).toProblemDetail();
            problem.setInstance(java.net.URI.create(request.getRequestURI()));
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        request.setAttribute(TENANT_ATTRIBUTE, tenant.get());
        chain.doFilter(request, response);
    }
}
