-- Merchant webhooks (docs/webhooks.md). Every outbox event gets a stable public id: the event's id in
-- GET /v1/events and the webhook-id header of each of its deliveries, the same on every retry.
ALTER TABLE outbox ADD COLUMN event_id uuid NOT NULL DEFAULT gen_random_uuid();
CREATE UNIQUE INDEX outbox_event_id ON outbox (event_id);
-- the event log, newest first, per tenant (GET /v1/events)
CREATE INDEX outbox_tenant_log ON outbox (tenant_id, id);
CREATE INDEX outbox_tenant_aggregate ON outbox (tenant_id, aggregate_id, id);

-- A tenant's webhook endpoints. The signing secret (whsec_...) is sealed like carrier credentials
-- (AES-256-GCM, bound to tenant and endpoint); after a rotation the previous one keeps signing
-- until previous_secret_expires_at. state: enabled, paused (deliveries wait), disabled (410 Gone).
CREATE TABLE webhook_endpoints (
    id                          uuid        PRIMARY KEY,
    tenant_id                   uuid        NOT NULL REFERENCES tenants (id),
    url                         text        NOT NULL,
    description                 text,
    event_types                 text[]      NOT NULL,
    state                       text        NOT NULL CHECK (state IN ('enabled', 'paused', 'disabled')),
    disabled_reason             text,
    secret                      bytea       NOT NULL,
    secret_key_id               text        NOT NULL,
    previous_secret             bytea,
    previous_secret_key_id      text,
    previous_secret_expires_at  timestamptz,
    created_at                  timestamptz NOT NULL,
    updated_at                  timestamptz NOT NULL
);
CREATE INDEX webhook_endpoints_tenant ON webhook_endpoints (tenant_id, created_at);

-- One event to deliver to one endpoint (fanned out from the outbox). pending: due at next_attempt_at
-- (while an attempt runs, its claim holds it there); delivered; dead (given up, replayable).
CREATE TABLE webhook_deliveries (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id        uuid        NOT NULL REFERENCES tenants (id),
    endpoint_id      uuid        NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    event_id         bigint      NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    aggregate_id     uuid        NOT NULL,
    state            text        NOT NULL CHECK (state IN ('pending', 'delivered', 'dead')),
    attempts         int         NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    last_error       text,
    created_at       timestamptz NOT NULL,
    delivered_at     timestamptz
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE state = 'pending';
-- ordering: an earlier pending event of the same aggregate holds back the later ones, per endpoint
CREATE INDEX webhook_deliveries_order ON webhook_deliveries (endpoint_id, aggregate_id, event_id) WHERE state = 'pending';
CREATE INDEX webhook_deliveries_dead ON webhook_deliveries (endpoint_id) WHERE state = 'dead';
CREATE INDEX webhook_deliveries_event ON webhook_deliveries (event_id);

-- Each HTTP attempt of a delivery, for GET /v1/webhook-endpoints/{id}/deliveries.
CREATE TABLE webhook_delivery_attempts (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delivery_id   bigint      NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    endpoint_id   uuid        NOT NULL,
    attempted_at  timestamptz NOT NULL,
    status_code   int,
    latency_ms    int         NOT NULL,
    error         text
);
CREATE INDEX webhook_delivery_attempts_endpoint ON webhook_delivery_attempts (endpoint_id, id);
CREATE INDEX webhook_delivery_attempts_delivery ON webhook_delivery_attempts (delivery_id);
