-- A purchase is written down before the carrier is called, so a crash between the carrier's answer and
-- the commit never leaves a label unaccounted for: the reconciler settles every intent left behind.
-- A row lives only while its purchase is unsettled: recording the shipment, or learning that nothing was
-- bought, deletes it in the same transaction.
CREATE TABLE purchase_intents (
    id                       uuid        PRIMARY KEY,
    tenant_id                uuid        NOT NULL REFERENCES tenants (id),
    idempotency_key          text,
    carrier_account_id       uuid        NOT NULL REFERENCES carrier_accounts (id),
    carrier                  text        NOT NULL,
    carrier_idempotency_key  text        NOT NULL,
    request_hash             text        NOT NULL,
    request                  jsonb       NOT NULL,
    -- PENDING: the purchase is running (or its node died); RECONCILING: left to the reconciler (the
    -- carrier's answer never came, or the lease ended); NEEDS_ATTENTION: the reconciler could not settle it
    state                    text        NOT NULL CHECK (state IN ('PENDING', 'RECONCILING', 'NEEDS_ATTENTION')),
    -- when the reconciler looks at it next: first at the end of the purchase's lease
    next_attempt_at          timestamptz NOT NULL,
    attempts                 int         NOT NULL DEFAULT 0,
    -- set when the label was bought but could not be stored: the reconciler voids it
    awb                      text,
    last_error               text,
    created_at               timestamptz NOT NULL,
    updated_at               timestamptz NOT NULL
);
CREATE INDEX purchase_intents_due ON purchase_intents (next_attempt_at) WHERE state <> 'NEEDS_ATTENTION';
CREATE INDEX purchase_intents_tenant ON purchase_intents (tenant_id, state, created_at DESC);

-- The purchase intent that holds an IN_PROGRESS key (its id): a holder that lost the key to a
-- take-over can no longer write an intent or release the key.
ALTER TABLE idempotency_keys ADD COLUMN intent_id uuid;

-- completed keys are forgotten after shipgate.idempotency.retention, oldest first
CREATE INDEX idempotency_keys_completed ON idempotency_keys (completed_at) WHERE state = 'COMPLETED';
