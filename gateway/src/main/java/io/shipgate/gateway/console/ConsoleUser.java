package io.shipgate.gateway.console;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A signed-in console user, the principal of the console's session: every page reads its tenant from here, so a page
 * shows only that tenant's data. The password hash is erased once authenticated.
 */
public final class ConsoleUser implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final UUID tenantId;
    private final String tenantName;
    private final String email;
    private final String name;
    private final ConsoleRole role;
    private final boolean locked;
    private final boolean enabled;
    private String passwordHash;

    ConsoleUser(UUID id, UUID tenantId, String tenantName, String email, String name, ConsoleRole role, String passwordHash,
                Instant lockedUntil, boolean enabled, Instant now) {
        this.id = id;
        this.tenantId = tenantId;
        this.tenantName = tenantName;
        this.email = email;
        this.name = name;
        this.role = role;
        this.passwordHash = passwordHash;
        this.locked = lockedUntil != null && lockedUntil.isAfter(now);
        this.enabled = enabled;
    }

    public UUID id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public String tenantName() {
        return tenantName;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public ConsoleRole role() {
        return role;
    }

    public boolean isAdmin() {
        return role == ConsoleRole.ADMIN;
    }

    /** How the user is named in audit records (reprints, voids, NDR actions): {@code console:<email>}. */
    public String actor() {
        return "console:" + email;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "ConsoleUser[" + id + "]";
    }
}
