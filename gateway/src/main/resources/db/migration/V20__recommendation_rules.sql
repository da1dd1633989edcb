-- Recommendation rules (docs/decide.md, "Recommendation"): per tenant, versioned. Each PUT stores the whole rule set as
-- the tenant's next version; every version is kept (the recommendation and a shipment's decision name the one they
-- used). A tenant without a row answers with version 0, the defaults.
CREATE TABLE recommendation_rules (
    tenant_id   uuid        NOT NULL REFERENCES tenants (id),
    version     int         NOT NULL CHECK (version > 0),
    rules       jsonb       NOT NULL,
    created_at  timestamptz NOT NULL,
    -- the value of recommendation_rule_generation.value when this version was stored: other nodes ask for versions
    -- stored after the last generation they saw, to refresh the rules they hold in memory
    generation  bigint      NOT NULL,
    PRIMARY KEY (tenant_id, version)
);
CREATE INDEX recommendation_rules_generation ON recommendation_rules (generation);

-- Counts new rule versions in commit order (as rate_card_generation does for rate cards).
CREATE TABLE recommendation_rule_generation (
    singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    value      bigint  NOT NULL
);
INSERT INTO recommendation_rule_generation (value) VALUES (0);

-- Shipments bought per tenant, carrier and day (in the time zone of the tenant's rules), counted while the tenant's
-- rules have daily caps: what a daily cap is checked against.
CREATE TABLE carrier_daily_shipments (
    tenant_id  uuid NOT NULL REFERENCES tenants (id),
    carrier    text NOT NULL,
    day        date NOT NULL,
    shipments  int  NOT NULL CHECK (shipments >= 0),
    PRIMARY KEY (tenant_id, day, carrier)
);
