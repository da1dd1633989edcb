package io.shipgate.gateway.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.shipgate.gateway.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which database the gateway uses: the embedded PostgreSQL when none is configured, else the configured one. */
class EmbeddedDatabaseConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
            .withUserConfiguration(EmbeddedDatabaseConfiguration.class);

    @Test
    void withoutDatasourceUrlTheEmbeddedPostgresBacksTheDataSourceAndFlyway(@TempDir Path dir) throws Exception {
        Path dataDir = dir.resolve("postgres");
        AtomicReference<HikariDataSource> pool = new AtomicReference<>();
        runner.withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=", // what an unset SHIPGATE_DB_URL maps to
                        "shipgate.embedded-db.data-dir=" + dataDir,
                        "shipgate.embedded-db.pool-size=3",
                        "spring.flyway.locations=classpath:db/embedded-db-test")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(EmbeddedPostgresServer.class).hasSingleBean(DataSource.class);
                    HikariDataSource dataSource = context.getBean(HikariDataSource.class);
                    pool.set(dataSource);
                    assertThat(dataSource.getJdbcUrl()).isEqualTo(context.getBean(EmbeddedPostgresServer.class).jdbcUrl());
                    assertThat(dataSource.getMaximumPoolSize()).isEqualTo(3);
                    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
                    assertThat(jdbc.queryForObject("SELECT count(*) FROM embedded_db_probe", Integer.class))
                            .as("row inserted by the Flyway migration").isEqualTo(1);
                    assertThat(jdbc.queryForObject("SELECT current_user || ' ' || rolsuper FROM pg_roles WHERE rolname = current_user",
                            String.class)).as("the pool's role: the application role, no superuser").isEqualTo("shipgate false");
                    assertThat(jdbc.queryForList("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'", String.class))
                            .as("owner of Flyway's tables: the role it ran as").containsExactly("shipgate");
                    assertThat(context.getBeanFactory().getDependentBeans("embeddedPostgresServer"))
                            .as("beans closed before the server stops").contains("dataSource");
                });
        assertThat(pool.get().isClosed()).isTrue();
        assertThat(Postmaster.running(dataDir)).as("PostgreSQL after the context closed").isEmpty();
    }

    @Test
    void withDatasourceUrlSpringBootsPoolUsesThatServer() {
        runner.withInitializer(new TestDatabase.Initializer()).run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedPostgresServer.class);
            HikariDataSource dataSource = context.getBean(HikariDataSource.class);
            assertThat(dataSource.getJdbcUrl()).isEqualTo(TestDatabase.get().jdbcUrl());
            assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT 1", Integer.class)).isEqualTo(1);
        });
    }
}
