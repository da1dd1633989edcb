-- (named so that Flyway's log line holds no "API key": the quickstart reads the demo key from the first such line)
-- API keys get a kind: 'live' and 'test' keys belong to a tenant (test keys may only use sandbox carrier
-- accounts); 'operator' keys belong to no tenant and reach only the admin API. Keys issued before this
-- version (prefix sg_) are live keys.
ALTER TABLE api_keys ADD COLUMN kind text NOT NULL DEFAULT 'live' CHECK (kind IN ('live', 'test', 'operator'));
ALTER TABLE api_keys ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE api_keys ALTER COLUMN tenant_id DROP NOT NULL;
ALTER TABLE api_keys ADD CONSTRAINT api_keys_operator_without_tenant CHECK ((kind = 'operator') = (tenant_id IS NULL));
-- when a node last loaded the key into its cache: precise to the key cache's lifetime (a minute), not per request
ALTER TABLE api_keys ADD COLUMN last_used_at timestamptz;

-- a tenant's own rate limit per API key; NULL: the configured default (shipgate.rate-limit.*)
ALTER TABLE tenants ADD COLUMN rate_limit_per_second int CHECK (rate_limit_per_second > 0);
ALTER TABLE tenants ADD COLUMN rate_limit_burst int CHECK (rate_limit_burst > 0);

-- Every node listens on this channel and drops cached keys at once, whoever made the change (the API,
-- the command line, or an UPDATE by hand): 'key:<id>' when a key is revoked, 'tenant:<id>' when a
-- tenant's rate limit changes. Payloads carry ids, never key digests.
CREATE FUNCTION api_key_revoked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('shipgate_api_keys', 'key:' || NEW.id::text);
    RETURN NEW;
END
$$;
CREATE TRIGGER api_key_revoked AFTER UPDATE OF revoked_at ON api_keys
    FOR EACH ROW WHEN (NEW.revoked_at IS NOT NULL AND OLD.revoked_at IS NULL) EXECUTE FUNCTION api_key_revoked();

CREATE FUNCTION tenant_rate_limit_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('shipgate_api_keys', 'tenant:' || NEW.id::text);
    RETURN NEW;
END
$$;
CREATE TRIGGER tenant_rate_limit_changed AFTER UPDATE OF rate_limit_per_second, rate_limit_burst ON tenants
    FOR EACH ROW EXECUTE FUNCTION tenant_rate_limit_changed();
