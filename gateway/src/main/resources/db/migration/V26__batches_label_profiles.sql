-- Bulk shipping (module batch): a batch of shipment requests, each row bought asynchronously by the batch
-- worker (a due-rows job: rows claimed with FOR UPDATE SKIP LOCKED, next_attempt_at persisted).
CREATE TABLE batches (
    id            uuid        PRIMARY KEY,
    tenant_id     uuid        NOT NULL REFERENCES tenants (id),
    source        text        NOT NULL CHECK (source IN ('json', 'json_lines', 'csv')),
    test_mode     boolean     NOT NULL,
    -- the label profile its labels are merged for when the download names none (a label profile's id, or null)
    label_profile_id uuid,
    total_rows    int         NOT NULL,
    created_at    timestamptz NOT NULL,
    completed_at  timestamptz
);
CREATE INDEX batches_by_tenant ON batches (tenant_id, created_at DESC, id DESC);

-- One row of a batch (row_number: 1-based, as in the file or array). state: invalid (refused at intake, never bought),
-- pending (waiting for the worker, due at next_attempt_at), created (the shipment is bought or was bought before for the
-- reference), failed (the purchase was refused, or gave up after the last attempt).
CREATE TABLE batch_rows (
    batch_id            uuid        NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
    row_number          int         NOT NULL,
    tenant_id           uuid        NOT NULL REFERENCES tenants (id),
    reference           text,
    state               text        NOT NULL CHECK (state IN ('invalid', 'pending', 'created', 'failed')),
    request             jsonb,
    carrier_account_id  uuid,
    carrier             text,
    attempts            int         NOT NULL DEFAULT 0,
    next_attempt_at     timestamptz,
    shipment_id         uuid,
    awb                 text,
    replayed            boolean     NOT NULL DEFAULT false,
    problem             jsonb,
    last_error          text,
    updated_at          timestamptz NOT NULL,
    PRIMARY KEY (batch_id, row_number)
);
CREATE INDEX batch_rows_due ON batch_rows (next_attempt_at) WHERE state = 'pending';
CREATE INDEX batch_rows_by_reference ON batch_rows (tenant_id, reference) WHERE state = 'created';
-- whether a batch still has rows to buy (checked as each row settles)
CREATE INDEX batch_rows_pending ON batch_rows (batch_id) WHERE state = 'pending';

-- Label profiles (module label): the stock a tenant, or one of its warehouses, prints on. warehouse_id names a warehouse
-- (no foreign key: warehouses are another module's); at most one default per tenant and warehouse (or tenant-wide).
CREATE TABLE label_profiles (
    id               uuid        PRIMARY KEY,
    tenant_id        uuid        NOT NULL REFERENCES tenants (id),
    warehouse_id     uuid,
    name             text        NOT NULL,
    format           text        NOT NULL CHECK (format IN ('PDF', 'ZPL', 'PNG')),
    page_size        text        CHECK (page_size IN ('4x6', '4x8', 'A6', 'A4')),
    labels_per_page  int         NOT NULL DEFAULT 1 CHECK (labels_per_page IN (1, 4)),
    dpi              int         CHECK (dpi IN (203, 300)),
    is_default       boolean     NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX label_profiles_by_tenant ON label_profiles (tenant_id, created_at, id);
CREATE UNIQUE INDEX label_profiles_one_default ON label_profiles (tenant_id, coalesce(warehouse_id, '00000000-0000-0000-0000-000000000000'))
    WHERE is_default;
