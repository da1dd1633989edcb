-- The public pages (issue 19): each NDR self-service link works once. A link is signed (HMAC) and names its case and a
-- random nonce; its first use stores the nonce here, so a second use (or a replay) of the same link is refused.
CREATE TABLE page_link_uses (
    nonce       text        PRIMARY KEY,
    tenant_id   uuid        NOT NULL REFERENCES tenants (id),
    case_id     uuid        NOT NULL,
    used_at     timestamptz NOT NULL,
    -- when the link expired anyway: a row may be deleted after it
    expires_at  timestamptz NOT NULL
);
CREATE INDEX page_link_uses_expiry ON page_link_uses (expires_at);
