package io.shipgate.gateway.platform.security;

import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.ProblemResponses;
import io.shipgate.gateway.platform.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;
import java.util.Set;

/** Spring Security's 401 and 403, answered as problems like every other error. */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemResponses problems;

    ProblemSecurityHandlers(ProblemResponses problems) {
        this.problems = problems;
    }

    /** No key, or a key that is unknown or revoked. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        String detail = request.getHeader(HttpHeaders.AUTHORIZATION) == null
                ? "send your API key as 'Authorization: Bearer <key>'" : "the API key is not valid";
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"shipgate\"");
        problems.write(request, response, new ApiException(Problems.UNAUTHORIZED, HttpStatus.UNAUTHORIZED, detail));
    }

    /** A valid key of a kind that may not do this. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<String> roles = authentication == null ? Set.of() : AuthorityUtils.authorityListToSet(authentication.getAuthorities());
        String detail;
        if (request.getRequestURI().startsWith(request.getContextPath() + SecurityConfiguration.ADMIN_API)) {
            detail = "the admin API takes an operator key (created with: java -jar gateway.jar keys create --operator)";
        } else if (roles.contains("ROLE_" + Roles.OPERATOR)) {
            detail = "an operator key reaches only the admin API (" + SecurityConfiguration.ADMIN_API + "); use a tenant's key";
        } else if (roles.contains("ROLE_" + Roles.PUBLISHABLE)) {
            detail = "a publishable key may only call POST /v1/edd and POST /v1/serviceability; use a secret key on your server";
        } else if (roles.contains("ROLE_" + Roles.TEST)) {
            detail = "a test key cannot do this: use a live key";
        } else {
            detail = "this API key may not do this";
        }
        problems.write(request, response, new ApiException(Problems.FORBIDDEN, HttpStatus.FORBIDDEN, detail));
    }
}
