-- Issue 16. Carrier pushes are stored before they are answered (202) and processed after, by the push
-- intake (a DueWork job; with shipgate.tracking.intake.transport=rabbitmq a broker carries the id first).
-- The push has been authenticated (and read) by the account's adapter before it is stored: the row holds
-- the raw body as received (bounded by the webhooks request-body limit), the few headers that are not
-- credentials, and what the adapter read of it (the normalized tracking results), so that processing
-- needs neither the account's secret nor the carrier's signature headers.
CREATE TABLE tracking_pushes (
    id                 uuid        PRIMARY KEY,
    tenant_id          uuid        NOT NULL REFERENCES tenants (id),
    carrier_account_id uuid        NOT NULL,
    carrier            text        NOT NULL,
    body               bytea       NOT NULL CHECK (octet_length(body) <= 16777216),
    headers            jsonb       NOT NULL,
    results            jsonb       NOT NULL,
    shipments          int         NOT NULL,
    events             int         NOT NULL,
    state              text        NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'PROCESSED', 'DEAD')),
    attempts           int         NOT NULL DEFAULT 0,
    next_attempt_at    timestamptz NOT NULL,
    last_error         text,
    received_at        timestamptz NOT NULL,
    processed_at       timestamptz
);
-- what the intake claims (FOR UPDATE SKIP LOCKED), and what the purge deletes once processed
CREATE INDEX tracking_pushes_due ON tracking_pushes (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX tracking_pushes_processed ON tracking_pushes (processed_at) WHERE state = 'PROCESSED';

-- Tracking pushed for an AWB no shipment of the account has (yet): kept for its own retention window (not
-- tied to the push row, which is purged sooner) and
-- ingested when a shipment (or tracker) with that account and AWB appears (PushInbox.rematch).
CREATE TABLE tracking_push_unmatched (
    id                 bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    push_id            uuid        NOT NULL,
    tenant_id          uuid        NOT NULL REFERENCES tenants (id),
    carrier_account_id uuid        NOT NULL,
    awb                text        NOT NULL,
    tracking           jsonb       NOT NULL,
    received_at        timestamptz NOT NULL,
    CONSTRAINT tracking_push_unmatched_once UNIQUE (push_id, awb)
);
CREATE INDEX tracking_push_unmatched_awb ON tracking_push_unmatched (carrier_account_id, awb);
CREATE INDEX tracking_push_unmatched_received ON tracking_push_unmatched (received_at);

-- When the carrier first tried to deliver (its first delivery or failed-delivery scan), for the
-- recommendation engine and EDD; delivered_at (V8) is when it was delivered.
ALTER TABLE shipments ADD COLUMN first_attempt_at timestamptz;
