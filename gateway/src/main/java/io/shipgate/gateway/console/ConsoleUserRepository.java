package io.shipgate.gateway.console;

import io.shipgate.gateway.platform.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Console users ({@code console_users}); every read but the sign-in's filters by tenant. */
@Repository
class ConsoleUserRepository {

    private static final String COLUMNS = "id, tenant_id, email, name, role, password_hash, failed_logins, locked_until, disabled_at, "
            + "last_login_at, created_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    ConsoleUserRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record StoredUser(UUID id, UUID tenantId, String email, String name, ConsoleRole role, String passwordHash, int failedLogins,
                      Instant lockedUntil, Instant disabledAt, Instant lastLoginAt, Instant createdAt) {
    }

    StoredUser insert(UUID tenantId, String email, String name, ConsoleRole role, String passwordHash) {
        StoredUser user = new StoredUser(Ids.newId(clock), tenantId, email, name, role, passwordHash, 0, null, null, null, clock.instant());
        jdbc.sql("INSERT INTO console_users (id, tenant_id, email, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(user.id(), tenantId, email, name, role.name(), passwordHash, Timestamp.from(user.createdAt())).update();
        return user;
    }

    boolean emailTaken(String email) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM console_users WHERE lower(email) = lower(?))").param(email).query(Boolean.class).single();
    }

    /** The sign-in's look-up: by email, across tenants (an email signs in to one tenant). */
    Optional<StoredUser> findByEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM console_users WHERE lower(email) = lower(?)").param(email).query(this::map).optional();
    }

    Optional<StoredUser> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM console_users WHERE tenant_id = ? AND id = ?").params(tenantId, id).query(this::map).optional();
    }

    List<StoredUser> list(UUID tenantId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM console_users WHERE tenant_id = ? ORDER BY created_at, id").param(tenantId).query(this::map).list();
    }

    /** A wrong password: one more failure in a row; at {@code attempts} the user is locked for {@code lockFor} from now. */
    void recordFailure(String email, int attempts, java.time.Duration lockFor) {
        jdbc.sql("""
                UPDATE console_users SET failed_logins = failed_logins + 1,
                       locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END
                 WHERE lower(email) = lower(?)""")
                .params(attempts, Timestamp.from(clock.instant().plus(lockFor)), email).update();
    }

    void recordSuccess(UUID id) {
        jdbc.sql("UPDATE console_users SET failed_logins = 0, locked_until = NULL, last_login_at = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), id).update();
    }

    void update(UUID tenantId, UUID id, String name, ConsoleRole role, boolean disabled) {
        jdbc.sql("""
                UPDATE console_users SET name = ?, role = ?,
                       disabled_at = CASE WHEN ? THEN coalesce(disabled_at, ?) ELSE NULL END
                 WHERE tenant_id = ? AND id = ?""")
                .params(name, role.name(), disabled, Timestamp.from(clock.instant()), tenantId, id).update();
    }

    void updatePassword(UUID tenantId, UUID id, String passwordHash) {
        jdbc.sql("UPDATE console_users SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE tenant_id = ? AND id = ?")
                .params(passwordHash, tenantId, id).update();
    }

    private StoredUser map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StoredUser(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class), rs.getString("email"), rs.getString("name"),
                ConsoleRole.valueOf(rs.getString("role")), rs.getString("password_hash"), rs.getInt("failed_logins"),
                instant(rs.getTimestamp("locked_until")), instant(rs.getTimestamp("disabled_at")), instant(rs.getTimestamp("last_login_at")),
                instant(rs.getTimestamp("created_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
