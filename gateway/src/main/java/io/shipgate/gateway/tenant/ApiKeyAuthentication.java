package io.shipgate.gateway.tenant;

import io.shipgate.gateway.platform.security.Roles;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;

import java.util.List;

/**
 * Spring Security's view of an authenticated API key: the {@link ApiKeyPrincipal} with the platform's
 * {@link Roles} by kind: {@code TENANT} and {@code LIVE} or {@code TEST} for a tenant's key,
 * {@code OPERATOR} for an operator key, {@code PUBLISHABLE} for a publishable key. No credentials: the key itself is not kept.
 */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final transient ApiKeyPrincipal principal;

    private ApiKeyAuthentication(ApiKeyPrincipal principal, List<GrantedAuthority> authorities) {
        super(authorities);
        this.principal = principal;
        setAuthenticated(true);
    }

    static ApiKeyAuthentication authenticated(ApiKeyPrincipal principal) {
        List<GrantedAuthority> roles = switch (principal.kind()) {
            case LIVE -> AuthorityUtils.createAuthorityList("ROLE_" + Roles.TENANT, "ROLE_" + Roles.LIVE);
            case TEST -> AuthorityUtils.createAuthorityList("ROLE_" + Roles.TENANT, "ROLE_" + Roles.TEST);
            case OPERATOR -> AuthorityUtils.createAuthorityList("ROLE_" + Roles.OPERATOR);
            case PUBLISHABLE -> AuthorityUtils.createAuthorityList("ROLE_" + Roles.PUBLISHABLE);
        };
        return new ApiKeyAuthentication(principal, roles);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public ApiKeyPrincipal getPrincipal() {
        return principal;
    }

    @Override
    public String toString() {
        return "ApiKeyAuthentication[" + principal.keyId() + " " + principal.kind().wireName() + "]";
    }
}
