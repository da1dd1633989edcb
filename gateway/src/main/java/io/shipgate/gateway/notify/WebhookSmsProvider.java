package io.shipgate.gateway.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SMS channel's HTTP webhook provider: each SMS is a JSON POST to {@code shipgate.notifications.sms.webhook-url}
 * ({@code {"message_id", "tenant_id", "to", "text", "language", "milestone"}}), with {@code Authorization:
 * <shipgate.notifications.sms.authorization>} when set; a 2xx answer is sent, anything else (or no answer within
 * {@code timeout}) is retried. The operator's URL, never a tenant's. Made only when the URL is set and no other
 * {@link SmsProvider} bean exists.
 */
class WebhookSmsProvider implements SmsProvider {

    private final URI url;
    private final String authorization;
    private final Duration timeout;
    private final ObjectMapper json;
    private final HttpClient http;

    WebhookSmsProvider(URI url, String authorization, Duration timeout, ObjectMapper json) {
        this.url = url;
        this.authorization = authorization;
        this.timeout = timeout;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void send(Sms sms) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message_id", sms.messageId());
        body.put("tenant_id", sms.tenantId());
        body.put("to", sms.to());
        body.put("text", sms.text());
        body.put("language", sms.language());
        body.put("milestone", sms.milestone());
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout).header("Content-Type", "application/json")
                    .header("Idempotency-Key", sms.messageId().toString())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            if (!authorization.isBlank()) {
                request.header("Authorization", authorization);
            }
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new IllegalStateException("the SMS provider answered " + status);
            }
        } catch (IOException e) {
            throw new IllegalStateException("the SMS provider could not be reached: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending an SMS");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Provider {

        @Bean
        @ConditionalOnMissingBean(SmsProvider.class)
        @ConditionalOnExpression("!'${shipgate.notifications.sms.webhook-url:}'.isBlank()")
        SmsProvider webhookSmsProvider(@Value("${shipgate.notifications.sms.webhook-url}") URI url,
                                       @Value("${shipgate.notifications.sms.authorization:}") String authorization,
                                       @Value("${shipgate.notifications.sms.timeout:10s}") Duration timeout, ObjectMapper json) {
            return new WebhookSmsProvider(url, authorization, timeout, json);
        }
    }
}
