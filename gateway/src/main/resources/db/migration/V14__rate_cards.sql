-- Rate cards (docs/decide.md, "Rate cards"): per carrier account and service, a price list uploaded as CSV or
-- JSON. Each upload is a new version of the account's card for that service; the upload's transaction stores it
-- (in the canonical CSV the download returns), makes it the active version and deletes all but the active and
-- the previous one, so a quote reads either the old card or the new one, whole.
CREATE TABLE rate_cards (
    id                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id           uuid        NOT NULL REFERENCES tenants (id),
    carrier_account_id  uuid        NOT NULL REFERENCES carrier_accounts (id),
    service             text        NOT NULL,
    version             int         NOT NULL CHECK (version > 0),
    currency            char(3)     NOT NULL,
    line_count          int         NOT NULL CHECK (line_count > 0),
    card                text        NOT NULL,
    uploaded_at         timestamptz NOT NULL,
    active              boolean     NOT NULL,
    -- the value of rate_card_generation.value when this version became active: other nodes ask for versions
    -- activated after the last generation they saw, to refresh their in-memory cards
    generation          bigint      NOT NULL,
    UNIQUE (carrier_account_id, service, version)
);
CREATE UNIQUE INDEX rate_cards_active ON rate_cards (tenant_id, carrier_account_id, service) WHERE active;
CREATE INDEX rate_cards_generation ON rate_cards (generation);

-- Counts activations in commit order (as serviceability_generation does for serviceability tables).
CREATE TABLE rate_card_generation (
    singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    value      bigint  NOT NULL
);
INSERT INTO rate_card_generation (value) VALUES (0);
