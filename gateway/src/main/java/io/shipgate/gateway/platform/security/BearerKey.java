package io.shipgate.gateway.platform.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

import java.util.List;

/**
 * An API key as presented ({@code Authorization: Bearer <key>}), not authenticated yet: an
 * {@code AuthenticationProvider} that supports it resolves it to an authenticated principal (with
 * {@link Roles}), or refuses it.
 */
public final class BearerKey extends AbstractAuthenticationToken {

    private String secret;

    BearerKey(String secret) {
        super(List.of());
        this.secret = secret;
        setAuthenticated(false);
    }

    /** The presented key. */
    @Override
    public String getCredentials() {
        return secret;
    }

    @Override
    public Object getPrincipal() {
        return null;
    }

    @Override
    public void eraseCredentials() {
        super.eraseCredentials();
        secret = null;
    }

    @Override
    public String toString() {
        return "BearerKey[unauthenticated]";
    }
}
