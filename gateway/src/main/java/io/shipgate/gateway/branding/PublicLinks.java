package io.shipgate.gateway.branding;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;

/**
 * The public pages' addresses as customers receive them (emails, webhooks, the API's {@code tracking_url}):
 * {@code shipgate.pages.base-url} (e.g. {@code https://track.example.com}), else {@code http://localhost:<port>}.
 */
@Component
public class PublicLinks {

    private final String configured;
    private final Environment environment;

    PublicLinks(@Value("${shipgate.pages.base-url:}") String configured, Environment environment) {
        this.configured = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        this.environment = environment;
    }

    public String baseUrl() {
        return configured.isBlank() ? "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"))
                : configured;
    }

    /** The branded tracking page of a parcel: {@code /t/{slug}/{awb}}. */
    public String tracking(String slug, String trackingNumber) {
        return baseUrl() + "/t/" + segment(slug) + "/" + segment(trackingNumber);
    }

    /** The tenant's returns page: {@code /r/{slug}}. */
    public String returns(String slug) {
        return baseUrl() + "/r/" + segment(slug);
    }

    private static String segment(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }
}
