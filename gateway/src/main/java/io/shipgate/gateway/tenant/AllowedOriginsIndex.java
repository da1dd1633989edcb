package io.shipgate.gateway.tenant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.shipgate.gateway.platform.security.BrowserOrigins;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;

/**
 * Whether any tenant allows an origin, for CORS preflights (they carry no key). Answers are remembered per origin for
 * {@link #TTL}, and forgotten at once when a tenant's origins change on any node (the same notification as a
 * changed rate limit, {@link ApiKeyChangeListener}).
 */
@Component
class AllowedOriginsIndex implements BrowserOrigins {

    static final Duration TTL = Duration.ofSeconds(60);

    private final JdbcClient jdbc;
    private final Cache<String, Boolean> byOrigin = Caffeine.newBuilder().expireAfterWrite(TTL).maximumSize(10_000).build();

    AllowedOriginsIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean allowedByAnyTenant(String origin) {
        if (origin.length() > AllowedOrigins.MAX_LENGTH) {
            return false;
        }
        return byOrigin.get(origin.toLowerCase(Locale.ROOT), o -> jdbc.sql("SELECT EXISTS (SELECT 1 FROM tenants WHERE ? = ANY (allowed_origins))")
                .param(o).query(Boolean.class).single());
    }

    void forgetAll() {
        byOrigin.invalidateAll();
    }
}
