package io.shipgate.gateway.platform.db;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A JDBC login to the embedded PostgreSQL, with one-line statements and queries for its tests. */
record DatabaseLogin(String jdbcUrl, String user, String password) {

    /** The login the gateway uses: the application role. */
    static DatabaseLogin of(EmbeddedPostgresServer server) {
        return new DatabaseLogin(server.jdbcUrl(), server.username(), server.password());
    }

    /** The application role on a server that another JVM started on {@code dataDir}, at {@code jdbcUrl}. */
    static DatabaseLogin application(String jdbcUrl, Path dataDir) throws IOException {
        return new DatabaseLogin(jdbcUrl, ApplicationRole.NAME, passwords(dataDir).application());
    }

    /** The superuser, from the password file next to {@code dataDir}. */
    static DatabaseLogin superuser(String jdbcUrl, Path dataDir) throws IOException {
        return new DatabaseLogin(jdbcUrl, DatabasePasswords.SUPERUSER, passwords(dataDir).superuser());
    }

    static Path passwordFile(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".passwords");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    void execute(String... statements) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** The first column of the first row. */
    String query(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static DatabasePasswords passwords(Path dataDir) throws IOException {
        return DatabasePasswords.loadOrGenerate(passwordFile(dataDir.toAbsolutePath()));
    }
}
