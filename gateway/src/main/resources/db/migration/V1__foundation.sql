-- Shipgate foundation schema. Every tenant-owned row carries tenant_id and every query filters by it.

CREATE TABLE tenants (
    id          uuid PRIMARY KEY,
    name        text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- API keys are stored as SHA-256 digests: a key is 190+ random bits, so a fast digest is safe and
-- lets every request find its key by index. key_prefix identifies a key in lists without revealing it.
CREATE TABLE api_keys (
    id           uuid PRIMARY KEY,
    tenant_id    uuid        NOT NULL REFERENCES tenants (id),
    key_digest   bytea       NOT NULL UNIQUE,
    key_prefix   text        NOT NULL,
    name         text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz
);
CREATE INDEX api_keys_tenant ON api_keys (tenant_id);

-- credentials: AES-256-GCM ciphertext (12-byte nonce || ciphertext+tag) of a JSON object, bound to
-- tenant and account id as associated data; credentials_key_id names the key that sealed it.
CREATE TABLE carrier_accounts (
    id                  uuid PRIMARY KEY,
    tenant_id           uuid        NOT NULL REFERENCES tenants (id),
    carrier             text        NOT NULL,
    name                text        NOT NULL,
    settings            jsonb       NOT NULL DEFAULT '{}'::jsonb,
    credentials         bytea       NOT NULL,
    credentials_key_id  text        NOT NULL,
    enabled             boolean     NOT NULL DEFAULT true,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX carrier_accounts_tenant ON carrier_accounts (tenant_id, carrier);

CREATE TABLE shipments (
    id                   uuid PRIMARY KEY,
    tenant_id            uuid          NOT NULL REFERENCES tenants (id),
    carrier_account_id   uuid          NOT NULL REFERENCES carrier_accounts (id),
    carrier              text          NOT NULL,
    service              text          NOT NULL,
    service_level        text,
    awb                  text          NOT NULL,
    carrier_shipment_id  text,
    status               text          NOT NULL,
    status_code          smallint      NOT NULL,
    reference            text,
    ship_date            date,
    estimated_delivery   date,
    charged_amount       numeric(14, 4),
    charged_currency     char(3),
    shipper              jsonb         NOT NULL,
    recipient            jsonb         NOT NULL,
    options              jsonb         NOT NULL,
    customs              jsonb,
    carrier_payload      jsonb,
    created_at           timestamptz   NOT NULL,
    updated_at           timestamptz   NOT NULL,
    last_tracked_at      timestamptz,
    cancelled_at         timestamptz,
    CONSTRAINT shipments_awb_per_account UNIQUE (carrier_account_id, awb)
);
CREATE INDEX shipments_tenant_created ON shipments (tenant_id, created_at DESC, id DESC);
CREATE INDEX shipments_tenant_status ON shipments (tenant_id, status, created_at DESC);
CREATE INDEX shipments_tenant_reference ON shipments (tenant_id, reference);
CREATE INDEX shipments_tenant_awb ON shipments (tenant_id, awb);

CREATE TABLE parcels (
    shipment_id      uuid          NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
    parcel_number    int           NOT NULL,
    tenant_id        uuid          NOT NULL REFERENCES tenants (id),
    weight_value     numeric(12, 4) NOT NULL,
    weight_unit      text          NOT NULL,
    length           numeric(12, 4),
    width            numeric(12, 4),
    height           numeric(12, 4),
    dimension_unit   text,
    description      text,
    tracking_number  text,
    PRIMARY KEY (shipment_id, parcel_number)
);

-- parcel_number 0: one document holding every parcel's label (multi-page PDF, ZPL stream)
CREATE TABLE labels (
    shipment_id    uuid        NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
    format         text        NOT NULL,
    parcel_number  int         NOT NULL,
    tenant_id      uuid        NOT NULL REFERENCES tenants (id),
    content        bytea       NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (shipment_id, format, parcel_number)
);

CREATE TABLE tracking_events (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       uuid        NOT NULL REFERENCES tenants (id),
    shipment_id     uuid        NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
    status          text        NOT NULL,
    status_code     smallint    NOT NULL,
    ndr_reason      text,
    carrier_code    text        NOT NULL,
    carrier_text    text,
    location        jsonb,
    occurred_at     timestamptz NOT NULL,
    utc_offset      text        NOT NULL,
    source          text        NOT NULL,
    received_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT tracking_events_once UNIQUE (shipment_id, occurred_at, carrier_code)
);
CREATE INDEX tracking_events_shipment ON tracking_events (tenant_id, shipment_id, occurred_at);

CREATE TABLE idempotency_keys (
    tenant_id        uuid        NOT NULL REFERENCES tenants (id),
    idempotency_key  text        NOT NULL,
    request_hash     text        NOT NULL,
    state            text        NOT NULL CHECK (state IN ('IN_PROGRESS', 'COMPLETED')),
    resource_id      uuid,
    response_status  int,
    response_body    text,
    locked_until     timestamptz NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    completed_at     timestamptz,
    PRIMARY KEY (tenant_id, idempotency_key)
);

-- Events for merchants (webhooks), written in the same transaction as the change they describe.
CREATE TABLE outbox (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       uuid        NOT NULL REFERENCES tenants (id),
    aggregate_type  text        NOT NULL,
    aggregate_id    uuid        NOT NULL,
    event_type      text        NOT NULL,
    payload         jsonb       NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    available_at    timestamptz NOT NULL DEFAULT now(),
    attempts        int         NOT NULL DEFAULT 0,
    state           text        NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'DISPATCHED', 'DEAD')),
    last_error      text,
    dispatched_at   timestamptz
);
CREATE INDEX outbox_pending ON outbox (available_at) WHERE state = 'PENDING';
CREATE INDEX outbox_tenant ON outbox (tenant_id, created_at);
