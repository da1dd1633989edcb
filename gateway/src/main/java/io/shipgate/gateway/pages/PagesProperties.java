package io.shipgate.gateway.pages;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The public pages ({@code shipgate.pages.*}; {@code base-url} is read by the branding module's {@code PublicLinks}).
 *
 * @param brandingCacheTtl how long a node keeps a tenant's branding (and logo) before reading it again
 * @param formsPerMinute   lookups and form posts one client address may send per minute, per node (a token bucket)
 * @param formsBurst       of which at once
 * @param linkValidity     how long an NDR self-service link works at most (never past the case's action deadline)
 * @param linkSecret       base64 of at least 32 bytes that signs the self-service links (HMAC-SHA256); blank: a key
 *                         derived from {@code shipgate.secrets.credentials-key}, the same on every node that shares it
 */
@ConfigurationProperties("shipgate.pages")
record PagesProperties(@DefaultValue("30s") Duration brandingCacheTtl, @DefaultValue("10") int formsPerMinute,
                       @DefaultValue("10") int formsBurst, @DefaultValue("72h") Duration linkValidity, @DefaultValue("") String linkSecret) {

    PagesProperties {
        if (formsPerMinute < 1 || formsBurst < 1) {
            throw new IllegalArgumentException("shipgate.pages.forms-per-minute and .forms-burst must be at least 1");
        }
        if (linkValidity.isNegative() || linkValidity.isZero()) {
            throw new IllegalArgumentException("shipgate.pages.link-validity must be positive");
        }
    }
}
