-- Storefront access (issue 17): publishable keys, a tenant's allowed browser origins, its slug, and the
-- Shopify carrier-calculated-shipping integration. docs/decide.md, "Publishable key" and "Shopify callback".

-- a publishable key (sg_pub_...) belongs to a tenant and may only call POST /v1/edd and POST /v1/serviceability,
-- from the tenant's allowed origins
ALTER TABLE api_keys DROP CONSTRAINT api_keys_kind_check;
ALTER TABLE api_keys ADD CONSTRAINT api_keys_kind_check CHECK (kind IN ('live', 'test', 'operator', 'publishable'));

-- the browser origins (scheme://host[:port], lower case, no default port) a publishable key is accepted from
ALTER TABLE tenants ADD COLUMN allowed_origins text[] NOT NULL DEFAULT '{}'
    CONSTRAINT tenants_allowed_origins_count CHECK (cardinality(allowed_origins) <= 20);

-- the tenant's name in public URLs (the Shopify callback): existing tenants get their name's letters and digits
-- and a part of their id, so that two tenants of the same name differ
ALTER TABLE tenants ADD COLUMN slug text;
UPDATE tenants SET slug = coalesce(nullif(left(trim(BOTH '-' FROM regexp_replace(lower(name), '[^a-z0-9]+', '-', 'g')), 40), ''), 'tenant')
    || '-' || left(replace(id::text, '-', ''), 8);
ALTER TABLE tenants ALTER COLUMN slug SET NOT NULL;
ALTER TABLE tenants ADD CONSTRAINT tenants_slug_unique UNIQUE (slug);
ALTER TABLE tenants ADD CONSTRAINT tenants_slug_format CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$');

-- changed origins reach every node's cached keys at once, like a changed rate limit
DROP TRIGGER tenant_rate_limit_changed ON tenants;
CREATE TRIGGER tenant_rate_limit_changed AFTER UPDATE OF rate_limit_per_second, rate_limit_burst, allowed_origins ON tenants
    FOR EACH ROW EXECUTE FUNCTION tenant_rate_limit_changed();

-- A tenant's Shopify integration. secret: the Shopify app's shared secret (it signs each callback with HMAC-SHA256),
-- sealed like carrier credentials (AES-256-GCM, bound to the tenant as associated data); never shown again.
-- carrier_account_ids and services: what the callback offers (empty: every enabled account, every service of its cards).
CREATE TABLE shopify_integrations (
    tenant_id            uuid          PRIMARY KEY REFERENCES tenants (id),
    enabled              boolean       NOT NULL,
    secret               bytea         NOT NULL,
    secret_key_id        text          NOT NULL,
    carrier_account_ids  uuid[]        NOT NULL DEFAULT '{}',
    services             text[]        NOT NULL DEFAULT '{}',
    markup_percent       numeric(7, 3) NOT NULL DEFAULT 0 CHECK (markup_percent >= 0 AND markup_percent <= 1000),
    handling_days        int           NOT NULL DEFAULT 0 CHECK (handling_days BETWEEN 0 AND 30),
    cut_off              time,
    time_zone            text          NOT NULL,
    updated_at           timestamptz   NOT NULL
);
