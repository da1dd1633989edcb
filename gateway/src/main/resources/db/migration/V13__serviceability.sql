-- Serviceability tables (docs/decide.md, "Serviceability"): per carrier account, the postal codes it serves and
-- how, uploaded as CSV or JSON lines. Each upload is a new version of the account's table; the upload's
-- transaction loads its rows (COPY), makes it the active version and deletes all but the active and the
-- previous one, so a reader sees either the old table or the new one, whole.
CREATE TABLE serviceability_tables (
    id                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id           uuid        NOT NULL REFERENCES tenants (id),
    carrier_account_id  uuid        NOT NULL REFERENCES carrier_accounts (id),
    version             int         NOT NULL CHECK (version > 0),
    row_count           int         NOT NULL CHECK (row_count >= 0),
    currency            char(3),
    uploaded_at         timestamptz NOT NULL,
    active              boolean     NOT NULL,
    -- the value of serviceability_generation.value when this version became active: other nodes ask
    -- for versions activated after the last generation they saw, to refresh their in-memory indexes
    generation          bigint      NOT NULL,
    UNIQUE (carrier_account_id, version)
);
CREATE UNIQUE INDEX serviceability_tables_active ON serviceability_tables (tenant_id, carrier_account_id) WHERE active;
CREATE INDEX serviceability_tables_generation ON serviceability_tables (generation);

-- One postal code of a table. Flags: Y/N as the carrier states them; cod_limit in the table's currency,
-- null when the carrier states none.
CREATE TABLE serviceability_rows (
    table_id        bigint        NOT NULL REFERENCES serviceability_tables (id) ON DELETE CASCADE,
    country         char(2)       NOT NULL,
    postal_code     text          NOT NULL,
    prepaid         boolean       NOT NULL,
    cod             boolean       NOT NULL,
    cod_limit       numeric(14,4),
    pickup          boolean       NOT NULL,
    reverse_pickup  boolean       NOT NULL,
    oda             boolean       NOT NULL,
    embargo         boolean       NOT NULL,
    PRIMARY KEY (table_id, country, postal_code)
);

-- Counts activations in commit order: each activation increments it under the row's lock, so a
-- generation is never committed after a higher one (unlike a sequence's values).
CREATE TABLE serviceability_generation (
    singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    value      bigint  NOT NULL
);
INSERT INTO serviceability_generation (value) VALUES (0);
