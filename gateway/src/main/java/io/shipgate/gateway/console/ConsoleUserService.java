package io.shipgate.gateway.console;

import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.FieldError;
import io.shipgate.gateway.platform.validation.EmailAddresses;
import io.shipgate.gateway.tenant.TenantService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The console's users: created by an admin (or the demo tenant's first start), signed in by Spring Security through
 * {@link #loadUserByUsername}, locked after repeated wrong passwords ({@link ConsoleProperties.Lockout}).
 */
@Service
public class ConsoleUserService implements UserDetailsService {

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConsoleUserRepository users;
    private final TenantService tenants;
    private final PasswordEncoder passwords;
    private final ConsoleProperties properties;
    private final Clock clock;

    ConsoleUserService(ConsoleUserRepository users, TenantService tenants, PasswordEncoder consolePasswordEncoder, ConsoleProperties properties,
                       Clock clock) {
        this.users = users;
        this.tenants = tenants;
        this.passwords = consolePasswordEncoder;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new user of the tenant; 400 naming the field for a bad email, name or password, or an email already in use. */
    @Transactional
    public ConsoleUserView create(UUID tenantId, String email, String name, ConsoleRole role, String password) {
        List<FieldError> errors = new ArrayList<>();
        String cleanEmail = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EmailAddresses.valid(cleanEmail)) {
            errors.add(new FieldError("email", "must be an email address"));
        } else if (users.emailTaken(cleanEmail)) {
            errors.add(new FieldError("email", "is already a console user's"));
        }
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            errors.add(new FieldError("name", "must have 1 to 100 characters"));
        }
        if (role == null) {
            errors.add(new FieldError("role", "must be ADMIN or WAREHOUSE"));
        }
        passwordErrors(password, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return view(users.insert(tenantId, cleanEmail, cleanName, role, passwords.encode(password)));
    }

    /** The demo tenant's admin, with a random password returned once (only its hash is stored). */
    @Transactional
    public String createDemoUser(UUID tenantId, String email) {
        return createWithNewPassword(tenantId, email, "Demo admin", ConsoleRole.ADMIN);
    }

    /** A new user with a random password (20 characters, 120 bits), returned once: only its hash is stored. */
    @Transactional
    public String createWithNewPassword(UUID tenantId, String email, String name, ConsoleRole role) {
        byte[] secret = new byte[15];
        RANDOM.nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        create(tenantId, email, name, role, password);
        return password;
    }

    public List<ConsoleUserView> list(UUID tenantId) {
        return users.list(tenantId).stream().map(this::view).toList();
    }

    public ConsoleUserView get(UUID tenantId, UUID id) {
        return users.find(tenantId, id).map(this::view).orElseThrow(() -> ApiException.notFound("console user"));
    }

    /** An admin changes a user's name, role, or disables it; an admin cannot take away its own admin role or disable itself. */
    @Transactional
    public ConsoleUserView update(ConsoleUser actor, UUID id, String name, ConsoleRole role, boolean disabled) {
        ConsoleUserView current = get(actor.tenantId(), id);
        if (id.equals(actor.id()) && (disabled || role != ConsoleRole.ADMIN)) {
            throw ApiException.invalid("role", "you cannot take away your own admin role or disable yourself");
        }
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw ApiException.invalid("name", "must have 1 to 100 characters");
        }
        users.update(actor.tenantId(), current.id(), cleanName, role == null ? current.role() : role, disabled);
        return get(actor.tenantId(), id);
    }

    /** A new password (by an admin, or the user itself); also unlocks the user. */
    @Transactional
    public void setPassword(UUID tenantId, UUID id, String password) {
        get(tenantId, id);
        List<FieldError> errors = new ArrayList<>();
        passwordErrors(password, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        users.updatePassword(tenantId, id, passwords.encode(password));
    }

    @Override
    public ConsoleUser loadUserByUsername(String email) {
        ConsoleUserRepository.StoredUser user = users.findByEmail(email == null ? "" : email.strip())
                .orElseThrow(() -> new UsernameNotFoundException("no such console user"));
        return new ConsoleUser(user.id(), user.tenantId(), tenants.get(user.tenantId()).name(), user.email(), user.name(), user.role(),
                user.passwordHash(), user.lockedUntil(), user.disabledAt() == null, clock.instant());
    }

    /** A wrong password for this email (nothing happens for an unknown email). */
    void loginFailed(String email) {
        if (email != null && !email.isBlank()) {
            users.recordFailure(email.strip(), properties.lockout().attempts(), properties.lockout().duration());
        }
    }

    void loginSucceeded(ConsoleUser user) {
        users.recordSuccess(user.id());
    }

    private static void passwordErrors(String password, List<FieldError> errors) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            errors.add(new FieldError("password", "must have " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters"));
        }
    }

    private ConsoleUserView view(ConsoleUserRepository.StoredUser u) {
        boolean locked = u.lockedUntil() != null && u.lockedUntil().isAfter(clock.instant());
        return new ConsoleUserView(u.id(), u.email(), u.name(), u.role(), u.disabledAt() != null, locked, u.lastLoginAt(), u.createdAt());
    }
}
