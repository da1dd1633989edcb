package io.shipgate.gateway.platform.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The role the gateway connects as to the embedded PostgreSQL (pool and Flyway): it owns the
 * {@value EmbeddedPostgresServer#DATABASE} database and everything in it, and nothing more. It is
 * no superuser, cannot create roles or databases, and is a member of no role, so it has none of
 * {@code pg_read_server_files}, {@code pg_write_server_files} and {@code pg_execute_server_program}:
 * it can neither read the gateway's files ({@code pg_read_file}) nor run programs
 * ({@code COPY ... TO PROGRAM}).
 *
 * <p>{@link #provision} runs at every start as the superuser and is idempotent. It also upgrades a
 * data directory of an earlier Shipgate, where the superuser owned everything: ownership of the
 * database, its schemas, tables (Flyway's history included), sequences, views, routines and types
 * passes to this role, data kept.
 */
final class ApplicationRole {

    static final String NAME = "shipgate";

    private static final Logger log = LoggerFactory.getLogger(ApplicationRole.class);

    /** Hands every object of the database's own schemas that another role owns to this role. */
    private static final String TAKE_OWNERSHIP = """
            DO $$
            DECLARE
                statement text;
            BEGIN
                FOR statement IN
                    SELECT format('ALTER SCHEMA %I OWNER TO shipgate', n.nspname)
                    FROM pg_namespace n
                    WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
                      AND n.nspowner NOT IN ('shipgate'::regrole, 'pg_database_owner'::regrole)
                LOOP
                    EXECUTE statement;
                END LOOP;
                -- a table passes on the sequences its columns own (identity, serial): those are left out
                FOR statement IN
                    SELECT format('ALTER %s %s OWNER TO shipgate', CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
                               WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' WHEN 'c' THEN 'TYPE'
                               ELSE 'TABLE' END, c.oid::regclass)
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'c', 'S') AND c.relowner <> 'shipgate'::regrole
                      AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
                      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                      AND (d.deptype = 'e' OR c.relkind = 'S' AND d.deptype IN ('a', 'i')))
                LOOP
                    EXECUTE statement;
                END LOOP;
                FOR statement IN
                    SELECT format('ALTER %s %s OWNER TO shipgate', CASE p.prokind WHEN 'a' THEN 'AGGREGATE' ELSE 'ROUTINE' END,
                               p.oid::regprocedure)
                    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                    WHERE p.proowner <> 'shipgate'::regrole
                      AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
                      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                                      AND d.objid = p.oid AND d.deptype = 'e')
                LOOP
                    EXECUTE statement;
                END LOOP;
                FOR statement IN
                    SELECT format('ALTER %s %s OWNER TO shipgate', CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END,
                               t.oid::regtype)
                    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                    WHERE t.typtype IN ('e', 'd', 'r') AND t.typowner <> 'shipgate'::regrole
                      AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
                      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                                      AND d.objid = t.oid AND d.deptype = 'e')
                LOOP
                    EXECUTE statement;
                END LOOP;
            END $$""";

    private ApplicationRole() {
    }

    /**
     * Creates the role and the database if missing, sets the role's password and least
     * privileges, and makes it the owner of the database and of everything in it.
     *
     * @param server   a superuser connection to a database other than {@value EmbeddedPostgresServer#DATABASE}
     * @param database opens a superuser connection to {@value EmbeddedPostgresServer#DATABASE}
     */
    static void provision(Connection server, SqlConnector database, String password) throws SQLException {
        try (Statement statement = server.createStatement()) {
            if (!exists(statement, "SELECT 1 FROM pg_roles WHERE rolname = '" + NAME + "'")) {
                statement.execute("CREATE ROLE " + NAME + " LOGIN");
                log.info("Created the role {} that the gateway connects as", NAME);
            }
            statement.execute("ALTER ROLE " + NAME + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
                    + " CONNECTION LIMIT -1");
            for (String role : memberships(statement)) {
                statement.execute("REVOKE \"" + role + "\" FROM " + NAME);
                log.warn("Revoked the membership of {} in {}", NAME, role);
            }
            // hashed (SCRAM) here: the password itself never reaches the server
            server.unwrap(PGConnection.class).alterUserPassword(NAME, password.toCharArray(), "scram-sha-256");
            if (exists(statement, "SELECT 1 FROM pg_database WHERE datname = '" + EmbeddedPostgresServer.DATABASE + "'")) {
                statement.execute("ALTER DATABASE " + EmbeddedPostgresServer.DATABASE + " OWNER TO " + NAME);
            } else {
                statement.execute("CREATE DATABASE " + EmbeddedPostgresServer.DATABASE + " OWNER " + NAME);
                log.info("Created the database {}", EmbeddedPostgresServer.DATABASE);
            }
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(TAKE_OWNERSHIP);
        }
    }

    private static boolean exists(Statement statement, String query) throws SQLException {
        try (ResultSet result = statement.executeQuery(query)) {
            return result.next();
        }
    }

    private static List<String> memberships(Statement statement) throws SQLException {
        List<String> roles = new ArrayList<>();
        try (ResultSet result = statement.executeQuery("SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid"
                + " WHERE m.member = '" + NAME + "'::regrole")) {
            while (result.next()) {
                roles.add(result.getString(1));
            }
        }
        return roles;
    }

    /** Opens a connection. */
    @FunctionalInterface
    interface SqlConnector {
        Connection connect() throws SQLException;
    }
}
