package io.shipgate.gateway.platform.security;

import java.util.Set;

/**
 * An authenticated principal that may be used from a shopper's browser (a publishable key): accepted only with an
 * {@code Origin} among its {@link #allowedOrigins()}, answered with CORS headers, and rate-limited per client address
 * ({@link BrowserKeyFilter}, {@link RateLimitFilter}). A secret key is no browser key: no CORS, no origin check.
 */
public interface BrowserKeyPrincipal {

    /** Whether the browser rules apply to this principal. */
    boolean browserKey();

    /** The origins ({@code scheme://host[:port]}, lower case, no default port) a browser key is accepted from. */
    Set<String> allowedOrigins();
}
