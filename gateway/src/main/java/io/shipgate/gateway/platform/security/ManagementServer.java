package io.shipgate.gateway.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Knows the management server's port once it runs ({@code management.server.port}, its own server
 * bound to 127.0.0.1 by default), so that security can open everything on it and nothing of it on
 * the API port. With management on the API port (not recommended) nothing matches.
 */
@Component
class ManagementServer implements RequestMatcher {

    private volatile int port = -1;

    @EventListener
    void onServerStarted(WebServerInitializedEvent event) {
        if ("management".equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        return port > 0 && request.getLocalPort() == port;
    }
}
