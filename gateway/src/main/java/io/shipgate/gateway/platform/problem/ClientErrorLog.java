package io.shipgate.gateway.platform.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Logs every client error (4xx) in one INFO line, method, path and status, whoever answered it
 * (a controller, Spring Security, a limit), so that nothing else needs to: a client's mistake is
 * never an ERROR with a stack trace. The query string and the body stay out (they may hold
 * personal data); unexpected errors are logged where they happen, with an error id.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClientErrorLog extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ClientErrorLog.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            int status = response.getStatus();
            if (status >= 400 && status < 500) {
                LOG.info("{} {} -> {}", request.getMethod(), request.getRequestURI(), status);
            }
        }
    }
}
