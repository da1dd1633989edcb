package io.shipgate.gateway.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no database configured, the gateway runs its own PostgreSQL ({@link EmbeddedPostgresServer})
 * and a HikariCP pool on it. Being the only {@code DataSource}, the pool is what Spring Boot's
 * Flyway, JDBC and health auto-configurations use; with {@code spring.datasource.url} set, this
 * configuration is off and Spring Boot builds the pool for that server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties.dataDir(), properties.startupTimeout());
        log.info("Database: the embedded PostgreSQL, data in {} (to use a PostgreSQL server instead, set"
                + " SHIPGATE_DB_URL, SHIPGATE_DB_USER and SHIPGATE_DB_PASSWORD)", server.dataDir());
        return server;
    }

    /**
     * Takes the server as a parameter, so Spring knows the pool depends on it and, at shutdown,
     * closes the pool before it stops PostgreSQL.
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresServer server, EmbeddedDatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("shipgate-embedded-db");
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(server.username());
        dataSource.setPassword(server.password());
        dataSource.setMaximumPoolSize(properties.poolSize());
        return dataSource;
    }
}
