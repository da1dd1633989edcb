package io.shipgate.gateway.tenant;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;

import java.util.List;

/**
 * Spring Security's view of an API key: before authentication the presented secret, after it the
 * {@link ApiKeyPrincipal} with roles by kind: {@code TENANT} and {@code LIVE} or {@code TEST} for a
 * tenant's key, {@code OPERATOR} for an operator key.
 */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    public static final String TENANT = "TENANT";
    public static final String LIVE = "LIVE";
    public static final String TEST = "TEST";
    public static final String OPERATOR = "OPERATOR";

    private final transient ApiKeyPrincipal principal;
    private String secret;

    private ApiKeyAuthentication(String secret, ApiKeyPrincipal principal, List<GrantedAuthority> authorities) {
        super(authorities);
        this.secret = secret;
        this.principal = principal;
        setAuthenticated(principal != null);
    }

    public static ApiKeyAuthentication unauthenticated(String secret) {
        return new ApiKeyAuthentication(secret, null, List.of());
    }

    static ApiKeyAuthentication authenticated(ApiKeyPrincipal principal) {
        List<GrantedAuthority> roles = switch (principal.kind()) {
            case LIVE -> AuthorityUtils.createAuthorityList("ROLE_" + TENANT, "ROLE_" + LIVE);
            case TEST -> AuthorityUtils.createAuthorityList("ROLE_" + TENANT, "ROLE_" + TEST);
            case OPERATOR -> AuthorityUtils.createAuthorityList("ROLE_" + OPERATOR);
        };
        return new ApiKeyAuthentication(null, principal, roles);
    }

    @Override
    public Object getCredentials() {
        return secret;
    }

    @Override
    public ApiKeyPrincipal getPrincipal() {
        return principal;
    }

    @Override
    public void eraseCredentials() {
        super.eraseCredentials();
        secret = null;
    }

    @Override
    public String toString() {
        return "ApiKeyAuthentication[" + (principal == null ? "unauthenticated" : principal.keyId() + " " + principal.kind().wireName()) + "]";
    }
}
