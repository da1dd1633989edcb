package io.shipgate.gateway.console;

import java.time.Instant;
import java.util.UUID;

/** A console user as the admin pages show it (never the password hash). */
public record ConsoleUserView(UUID id, String email, String name, ConsoleRole role, boolean disabled, boolean locked, Instant lastLoginAt,
                              Instant createdAt) {
}
