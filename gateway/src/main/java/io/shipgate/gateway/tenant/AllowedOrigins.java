package io.shipgate.gateway.tenant;

import io.shipgate.gateway.platform.problem.ApiException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A tenant's allowed browser origins, checked and written the way browsers send {@code Origin}:
 * {@code scheme://host[:port]}, lower case, without a default port, path, query or wildcard; https only, except for
 * {@code localhost}, {@code 127.0.0.1} and {@code [::1]} (a developer's machine), which may use http. At most
 * {@link #MAX_COUNT}.
 */
final class AllowedOrigins {

    static final int MAX_COUNT = 20;
    static final int MAX_LENGTH = 253 + 14;
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private AllowedOrigins() {
    }

    /** The origins in the form the {@code Origin} header has, duplicates dropped; a 400 naming {@code field[i]} for a wrong one. */
    static List<String> normalize(String field, List<String> origins) {
        if (origins.size() > MAX_COUNT) {
            throw ApiException.invalid(field, "at most " + MAX_COUNT + " origins");
        }
        Set<String> normalized = new LinkedHashSet<>();
        for (int i = 0; i < origins.size(); i++) {
            normalized.add(normalize(field + "[" + i + "]", origins.get(i)));
        }
        return List.copyOf(normalized);
    }

    static String normalize(String field, String origin) {
        if (origin == null || origin.isBlank() || origin.length() > MAX_LENGTH) {
            throw ApiException.invalid(field, "must be an origin such as https://shop.example.com (at most " + MAX_LENGTH + " characters)");
        }
        String value = origin.strip();
        if (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw ApiException.invalid(field, "is not an origin: scheme://host[:port], such as https://shop.example.com");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        if (scheme == null || host == null || uri.getRawUserInfo() != null || !uri.getRawPath().isEmpty() || uri.getRawQuery() != null
                || uri.getRawFragment() != null || host.contains("*")) {
            throw ApiException.invalid(field, "must be scheme://host[:port] only, without path, query or wildcard, such as https://shop.example.com");
        }
        boolean local = LOCAL_HOSTS.contains(host);
        if (!scheme.equals("https") && !(scheme.equals("http") && local)) {
            throw ApiException.invalid(field, "must use https (http only for localhost, 127.0.0.1 or [::1])");
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
