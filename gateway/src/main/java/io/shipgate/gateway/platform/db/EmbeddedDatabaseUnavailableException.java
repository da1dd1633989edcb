package io.shipgate.gateway.platform.db;

/**
 * The embedded PostgreSQL cannot run on this machine or did not start. The message says why in one
 * line and names the ways out: a PostgreSQL server ({@code SHIPGATE_DB_URL}) or a non-root user.
 * {@link EmbeddedDatabaseFailureAnalyzer} turns it into Spring Boot's "APPLICATION FAILED TO START".
 */
public class EmbeddedDatabaseUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What a user can do instead; part of the message and of the failure analysis. */
    static final String ALTERNATIVES = "set SHIPGATE_DB_URL (with SHIPGATE_DB_USER and SHIPGATE_DB_PASSWORD)"
            + " to use a PostgreSQL server, or run Shipgate as a non-root user";

    private final String reason;

    public EmbeddedDatabaseUnavailableException(String reason, Throwable cause) {
        super("The embedded PostgreSQL cannot start: " + reason + ". Either " + ALTERNATIVES + ".", cause);
        this.reason = reason;
    }

    /** Why it cannot start, in one line, without the alternatives. */
    public String reason() {
        return reason;
    }
}
