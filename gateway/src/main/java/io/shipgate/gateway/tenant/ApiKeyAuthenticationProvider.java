package io.shipgate.gateway.tenant;

import io.shipgate.gateway.platform.security.BearerKey;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Resolves a presented API key ({@link BearerKey}) to its principal; an unknown or revoked key is a {@link BadCredentialsException}. */
@Component
class ApiKeyAuthenticationProvider implements AuthenticationProvider {

    private final ApiKeyRepository keys;

    ApiKeyAuthenticationProvider(ApiKeyRepository keys) {
        this.keys = keys;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String secret = (String) authentication.getCredentials();
        return keys.authenticate(secret).map(ApiKeyAuthentication::authenticated)
                .orElseThrow(() -> new BadCredentialsException("the API key is not valid"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerKey.class.isAssignableFrom(authentication);
    }
}
