package io.shipgate.gateway.platform.security;

/**
 * The roles the API's rules ({@link SecurityConfiguration}) grant access by. Whoever authenticates a
 * request gives its {@code Authentication} these as {@code ROLE_} authorities: a tenant's key
 * {@code TENANT} and {@code LIVE} or {@code TEST}, an operator key {@code OPERATOR}, a publishable key
 * {@code PUBLISHABLE} only (not {@code TENANT}: it reaches the storefront endpoints and nothing else).
 */
public final class Roles {

    public static final String TENANT = "TENANT";
    public static final String LIVE = "LIVE";
    public static final String TEST = "TEST";
    public static final String OPERATOR = "OPERATOR";
    public static final String PUBLISHABLE = "PUBLISHABLE";

    private Roles() {
    }
}
