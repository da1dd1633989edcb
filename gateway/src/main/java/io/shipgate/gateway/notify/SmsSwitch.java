package io.shipgate.gateway.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Whether this gateway texts customers: only with an {@link SmsProvider} (the webhook one needs its URL); says so once at start. */
@Component
class SmsSwitch {

    private static final Logger log = LoggerFactory.getLogger(SmsSwitch.class);

    private final SmsProvider provider;

    SmsSwitch(ObjectProvider<SmsProvider> provider) {
        this.provider = provider.getIfUnique();
        log.info(this.provider == null ? "Customer SMS are off: no SMS provider (shipgate.notifications.sms.webhook-url)"
                : "Customer SMS are on: " + this.provider.getClass().getSimpleName());
    }

    boolean on() {
        return provider != null;
    }

    SmsProvider provider() {
        if (provider == null) {
            throw new IllegalStateException("no SMS provider is configured (shipgate.notifications.sms.webhook-url)");
        }
        return provider;
    }
}
