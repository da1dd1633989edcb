package io.shipgate.gateway.console;

/** What a console user may do: an admin everything, warehouse staff print, reprint and void. */
public enum ConsoleRole {
    ADMIN,
    WAREHOUSE;

    /** Spring Security's authority for the role ({@code ROLE_CONSOLE_ADMIN}, {@code ROLE_CONSOLE_WAREHOUSE}). */
    String authority() {
        return "ROLE_CONSOLE_" + name();
    }
}
