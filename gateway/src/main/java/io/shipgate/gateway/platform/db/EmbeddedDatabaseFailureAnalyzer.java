package io.shipgate.gateway.platform.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints an {@link EmbeddedDatabaseUnavailableException} as a short "APPLICATION FAILED TO START"
 * description and action instead of a stack trace. Registered in {@code META-INF/spring.factories}.
 */
public class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseUnavailableException cause) {
        String description = "No database is configured (SHIPGATE_DB_URL is not set), so Shipgate started its"
                + " embedded PostgreSQL, which failed: " + cause.reason() + ".";
        String action = "Set SHIPGATE_DB_URL to a PostgreSQL server (e.g. jdbc:postgresql://db.example.com:5432/shipgate),"
                + " with SHIPGATE_DB_USER and SHIPGATE_DB_PASSWORD; or run Shipgate as a non-root user;"
                + " or remove the cause above and start again.";
        return new FailureAnalysis(description, action, cause);
    }
}
