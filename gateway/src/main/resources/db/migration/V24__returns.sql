-- Issue 18: customer returns (reverse pickups) and the tenants' return rules.
--
-- A return is booked on a carrier (createReturn) for a delivered shipment (shipment_id) or standalone (its addresses
-- given). Its AWB is tracked as a tracker (a shipments row of kind 'tracker', tracker_id) by the one tracking pipeline
-- (poller and pushes); the returns module follows the tracker's status changes and moves the return's status through
-- RETURN_REQUESTED, RETURN_PICKED_UP, RETURN_IN_TRANSIT, RETURN_DELIVERED (or CANCELLED).
CREATE TABLE returns (
    id                   uuid PRIMARY KEY,
    tenant_id            uuid          NOT NULL REFERENCES tenants (id),
    shipment_id          uuid          REFERENCES shipments (id),
    carrier_account_id   uuid          NOT NULL REFERENCES carrier_accounts (id),
    carrier              text          NOT NULL,
    service              text,
    awb                  text          NOT NULL,
    carrier_shipment_id  text,
    tracker_id           uuid          REFERENCES shipments (id) ON DELETE SET NULL,
    status               text          NOT NULL,
    status_code          smallint      NOT NULL,
    reason               text          NOT NULL,
    reference            text,
    customer_note        text,
    qc_instructions      text,
    items                jsonb         NOT NULL,
    parcels              jsonb         NOT NULL,
    pickup_address       jsonb         NOT NULL,
    return_address       jsonb         NOT NULL,
    charged_amount       numeric(14, 4),
    charged_currency     char(3),
    -- chosen with carrier "auto": the rule version the recommendation followed
    rule_version         int,
    carrier_payload      jsonb,
    created_at           timestamptz   NOT NULL,
    updated_at           timestamptz   NOT NULL,
    picked_up_at         timestamptz,
    delivered_at         timestamptz,
    cancelled_at         timestamptz,
    carrier_cancelled    boolean
);
CREATE INDEX returns_tenant_created ON returns (tenant_id, created_at DESC, id DESC);
CREATE INDEX returns_tenant_shipment ON returns (tenant_id, shipment_id) WHERE shipment_id IS NOT NULL;
-- the tracking pipeline's status changes find their return by the tracker
CREATE UNIQUE INDEX returns_tracker ON returns (tracker_id) WHERE tracker_id IS NOT NULL;

-- The return label where the carrier issues one (parcel_number 0: one document for every parcel).
CREATE TABLE return_labels (
    return_id      uuid        NOT NULL REFERENCES returns (id) ON DELETE CASCADE,
    format         text        NOT NULL,
    parcel_number  int         NOT NULL,
    tenant_id      uuid        NOT NULL REFERENCES tenants (id),
    content        bytea       NOT NULL,
    PRIMARY KEY (return_id, format, parcel_number)
);

-- A tenant's return rules (GET/PUT /v1/return-rules); no row: every return within the defaults (no window, nothing excluded).
CREATE TABLE return_rules (
    tenant_id               uuid        PRIMARY KEY REFERENCES tenants (id),
    return_window_days      int         CHECK (return_window_days BETWEEN 0 AND 3650),
    non_returnable_reasons  text[]      NOT NULL DEFAULT '{}',
    non_returnable_skus     text[]      NOT NULL DEFAULT '{}',
    updated_at              timestamptz NOT NULL
);
