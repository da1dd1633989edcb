package io.shipgate.gateway.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code shipgate.console.*}: how many wrong passwords in a row lock a console user ({@code lockout.attempts}), for how
 * long ({@code lockout.duration}); whether the session cookie is sent over https only ({@code secure-cookie}; set it
 * behind TLS). The session's idle timeout is Spring Boot's {@code server.servlet.session.timeout}.
 */
@ConfigurationProperties("shipgate.console")
public record ConsoleProperties(@DefaultValue Lockout lockout) {

    public record Lockout(@DefaultValue("5") int attempts, @DefaultValue("15m") Duration duration) {
    }
}
