package io.shipgate.gateway.pages;

import io.shipgate.gateway.branding.BrandingService;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The public pages' chain over HTTP: no key needed, CSRF on forms, lookups limited per client address (X-Forwarded-For). */
class PagesSecurityIntegrationTests extends ApiIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    BrandingService branding;

    @Test
    void lookupsAreLimitedPerClientAndNeedTheFormsCsrfToken() throws Exception {
        String slug = branding.get(merchant.tenant().id()).slug();
        String client = "198.51.100." + (int) (Math.random() * 250 + 1);
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/t/" + slug)).header("X-Forwarded-For", client).GET());
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).isTrue();
        String cookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(PagesSecurityConfiguration.CSRF_COOKIE))
                .findFirst().orElseThrow().split(";")[0];

        String body = "reference=NOPE&contact=" + URLEncoder.encode("a@example.com", StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
        assertThat(post(slug, client, null, body).statusCode()).as("no CSRF cookie").isEqualTo(403);
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> miss = post(slug, client, cookie, body);
            assertThat(miss.statusCode()).isEqualTo(404);
            assertThat(miss.body()).contains("We could not find an order with these details");
        }
        HttpResponse<String> limited = post(slug, client, cookie, body);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.body()).contains("Too many attempts");
        assertThat(post(slug, "198.51.100.251", cookie, body).statusCode()).as("another client").isEqualTo(404);
    }

    private HttpResponse<String> post(String slug, String client, String cookie, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/t/" + slug)).header("X-Forwarded-For", client)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
