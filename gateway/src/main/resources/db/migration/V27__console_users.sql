-- The warehouse console's people (issue 19): a tenant's users who sign in to /console with an email and a password.
-- Passwords are stored as Argon2id hashes (Spring Security's encoded form, with its {argon2} prefix).
-- An email signs in to one tenant: it is unique across the installation (case-insensitive).
-- failed_logins counts wrong passwords in a row; after shipgate.console.lockout.attempts of them the user is locked
-- until locked_until.
CREATE TABLE console_users (
    id             uuid PRIMARY KEY,
    tenant_id      uuid        NOT NULL REFERENCES tenants (id),
    email          text        NOT NULL,
    name           text        NOT NULL,
    role           text        NOT NULL CHECK (role IN ('ADMIN', 'WAREHOUSE')),
    password_hash  text        NOT NULL,
    failed_logins  integer     NOT NULL DEFAULT 0,
    locked_until   timestamptz,
    disabled_at    timestamptz,
    last_login_at  timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX console_users_email ON console_users (lower(email));
CREATE INDEX console_users_tenant ON console_users (tenant_id, created_at, id);
