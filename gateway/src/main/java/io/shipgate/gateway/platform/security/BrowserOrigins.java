package io.shipgate.gateway.platform.security;

/**
 * Whether any tenant allows an origin: what a CORS preflight, which carries no key, is answered by
 * ({@link BrowserKeyFilter}). The tenant feature implements it from its tenants' allowed origins.
 */
public interface BrowserOrigins {

    /** @param origin the request's {@code Origin} header as sent */
    boolean allowedByAnyTenant(String origin);
}
