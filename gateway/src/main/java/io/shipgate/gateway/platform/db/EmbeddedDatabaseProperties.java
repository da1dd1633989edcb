package io.shipgate.gateway.platform.db;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL, used when no database is configured
 * ({@code spring.datasource.url} blank or absent).
 *
 * @param dataDir        where PostgreSQL keeps its data, relative to the working directory unless
 *                       absolute; its log, lock file and binaries go next to it
 * @param poolSize       the connection pool's maximum size ({@code spring.datasource.hikari.*}
 *                       settings, if given, apply as well and win)
 * @param startupTimeout how long to wait for PostgreSQL to accept connections
 */
@ConfigurationProperties("shipgate.embedded-db")
public record EmbeddedDatabaseProperties(
        @DefaultValue("shipgate-data/postgres") Path dataDir,
        @DefaultValue("10") int poolSize,
        @DefaultValue("30s") Duration startupTimeout) {
}
