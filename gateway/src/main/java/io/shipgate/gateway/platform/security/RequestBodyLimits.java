package io.shipgate.gateway.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.util.Map;

/**
 * How large a request body the API reads ({@code shipgate.request-body.*}): {@code max-size} for
 * every endpoint, and named exceptions by path pattern (and method), e.g.
 * {@code shipgate.request-body.paths.shipments.max-size=20MB}
 * ({@code SHIPGATE_REQUESTBODY_PATHS_SHIPMENTS_MAXSIZE=20MB}: names without dashes, so that
 * environment variables reach them). The most specific pattern wins.
 *
 * @param maxSize the limit of every endpoint without its own
 * @param paths   by name: {@code pattern} (Spring path pattern, e.g. {@code /v1/webhooks/carriers/**}),
 *                {@code method} (blank: any) and {@code max-size}
 */
@ConfigurationProperties("shipgate.request-body")
record RequestBodyLimits(@DefaultValue("1MB") DataSize maxSize, Map<String, PathLimit> paths) {

    RequestBodyLimits {
        paths = paths == null ? Map.of() : Map.copyOf(paths);
        paths.forEach((name, limit) -> {
            if (limit.pattern() == null || limit.pattern().isBlank() || limit.maxSize() == null) {
                throw new IllegalArgumentException("shipgate.request-body.paths." + name + " needs a pattern and a max-size");
            }
        });
    }

    record PathLimit(String pattern, String method, DataSize maxSize) {
    }
}
