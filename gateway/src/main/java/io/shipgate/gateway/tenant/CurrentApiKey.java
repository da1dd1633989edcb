package io.shipgate.gateway.tenant;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The API key of the request this thread serves, if any. Routes run synchronously on the request's
 * thread ({@code direct:} endpoints), so the carrier account directory sees it when it connects an
 * account; background work (the tracking poller, carrier webhooks) has none.
 */
public final class CurrentApiKey {

    private CurrentApiKey() {
    }

    static Optional<ApiKeyPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ApiKeyPrincipal principal
                ? Optional.of(principal) : Optional.empty();
    }

    /** Whether the request comes with a publishable key: its answer is public (a storefront page shows the key). */
    public static boolean publishable() {
        return get().map(ApiKeyPrincipal::browserKey).orElse(false);
    }

    /** The id of the request's API key (who did it, for audit trails such as NDR actions); empty without one. */
    public static Optional<UUID> keyId() {
        return get().map(ApiKeyPrincipal::keyId);
    }

    /**
     * Runs work on the tenant's behalf outside the request that asked for it (a batch row bought later), as a key of
     * that mode: {@link #testMode()} answers as it did in the request, so a test key's batch buys on sandbox accounts only.
     */
    public static <T> T actingAs(UUID tenantId, boolean testMode, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        ApiKeyPrincipal principal = new ApiKeyPrincipal(null, testMode ? ApiKeyKind.TEST : ApiKeyKind.LIVE, new Tenant(tenantId, null),
                null, null);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Whether the request comes with a test key, which may only use sandbox carrier accounts. */
    public static boolean testMode() {
        return get().map(ApiKeyPrincipal::testMode).orElse(false);
    }
}
