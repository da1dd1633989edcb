package io.shipgate.gateway.tenant;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * What an API key may do. {@code live} and {@code test} keys belong to a tenant; a test key may only
 * use sandbox carrier accounts. A {@code publishable} key belongs to a tenant too and may only call
 * {@code POST /v1/edd} and {@code POST /v1/serviceability}, from the tenant's allowed browser origins: it
 * is meant to be seen (a storefront's page holds it). An {@code operator} key belongs to no tenant and
 * reaches only the admin API; it is created on the command line only.
 */
public enum ApiKeyKind {
    LIVE("sg_live_"),
    TEST("sg_test_"),
    OPERATOR("sg_op_"),
    PUBLISHABLE("sg_pub_");

    private final String prefix;

    ApiKeyKind(String prefix) {
        this.prefix = prefix;
    }

    /** How every key of this kind starts. */
    public String prefix() {
        return prefix;
    }

    /** {@code live}, {@code test}, {@code operator}, {@code publishable}: the name in the API, the database and the command line. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ApiKeyKind fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
