package io.shipgate.gateway.webhook;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    @Bean
    WebhookUrlGuard webhookUrlGuard(WebhookSettings settings) {
        return new WebhookUrlGuard(settings.allowPrivateUrls);
    }
}
