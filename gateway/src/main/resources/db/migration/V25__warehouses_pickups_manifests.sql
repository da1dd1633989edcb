-- Warehouses (pickup locations) per tenant (docs/operations.md, "Warehouses and pickups"): the address the courier
-- comes to, a contact, the daily cut-off (a local time in the warehouse's time zone) and the days it works. Archived,
-- not deleted: shipments, pickups and manifests keep naming it.
CREATE TABLE warehouses (
    id                   uuid        PRIMARY KEY,
    tenant_id            uuid        NOT NULL REFERENCES tenants (id),
    name                 text        NOT NULL,
    address              jsonb       NOT NULL,
    contact_name         text        NOT NULL,
    contact_phone        text        NOT NULL,
    contact_email        text,
    time_zone            text        NOT NULL,
    cutoff_time          time        NOT NULL,
    working_days         text[]      NOT NULL CHECK (cardinality(working_days) BETWEEN 1 AND 7),
    auto_attach_pickups  boolean     NOT NULL DEFAULT false,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    archived_at          timestamptz,
    CONSTRAINT warehouses_tenant_id UNIQUE (tenant_id, id)
);
CREATE INDEX warehouses_tenant_name ON warehouses (tenant_id, name, id);

-- A shipment names the warehouse it leaves from (optional); the tenant's own warehouse only.
ALTER TABLE shipments ADD COLUMN warehouse_id uuid;
ALTER TABLE shipments ADD CONSTRAINT shipments_warehouse FOREIGN KEY (tenant_id, warehouse_id) REFERENCES warehouses (tenant_id, id);
CREATE INDEX shipments_warehouse ON shipments (tenant_id, warehouse_id, carrier_account_id, created_at) WHERE warehouse_id IS NOT NULL;

-- Courier pickups booked with a carrier for a warehouse: the window asked for and the one the carrier committed to.
CREATE TABLE pickups (
    id                   uuid        PRIMARY KEY,
    tenant_id            uuid        NOT NULL REFERENCES tenants (id),
    warehouse_id         uuid        NOT NULL,
    carrier_account_id   uuid        NOT NULL REFERENCES carrier_accounts (id),
    carrier              text        NOT NULL,
    pickup_date          date        NOT NULL,
    ready_from           time        NOT NULL,
    ready_until          time        NOT NULL,
    package_count        int         NOT NULL CHECK (package_count > 0),
    total_weight_grams   bigint,
    instructions         text,
    status               text        NOT NULL CHECK (status IN ('SCHEDULED', 'CANCELLED')),
    carrier_pickup_id    text        NOT NULL,
    confirmed_date       date        NOT NULL,
    confirmed_from       time,
    confirmed_until      time,
    carrier_payload      text,
    created_at           timestamptz NOT NULL,
    cancelled_at         timestamptz,
    CONSTRAINT pickups_warehouse FOREIGN KEY (tenant_id, warehouse_id) REFERENCES warehouses (tenant_id, id)
);
CREATE INDEX pickups_tenant_created ON pickups (tenant_id, created_at DESC, id DESC);
CREATE INDEX pickups_day ON pickups (tenant_id, carrier_account_id, warehouse_id, confirmed_date) WHERE status = 'SCHEDULED';

-- The shipments a pickup collects (listed at booking, or attached automatically afterwards).
CREATE TABLE pickup_shipments (
    pickup_id    uuid        NOT NULL REFERENCES pickups (id) ON DELETE CASCADE,
    tenant_id    uuid        NOT NULL REFERENCES tenants (id),
    shipment_id  uuid        NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
    attached_at  timestamptz NOT NULL,
    PRIMARY KEY (pickup_id, shipment_id)
);
CREATE INDEX pickup_shipments_shipment ON pickup_shipments (shipment_id);

-- End-of-day manifests: the handover document of a carrier account's shipments at a warehouse, with the carrier's
-- close where it has one (carrier_status CLOSED) or local only (NOT_SUPPORTED). The PDF is stored as produced.
CREATE TABLE manifests (
    id                   uuid          PRIMARY KEY,
    tenant_id            uuid          NOT NULL REFERENCES tenants (id),
    carrier_account_id   uuid          NOT NULL REFERENCES carrier_accounts (id),
    carrier              text          NOT NULL,
    warehouse_id         uuid          NOT NULL,
    manifest_date        date          NOT NULL,
    carrier_status       text          NOT NULL CHECK (carrier_status IN ('CLOSED', 'NOT_SUPPORTED')),
    carrier_manifest_id  text,
    carrier_payload      text,
    shipment_count       int           NOT NULL CHECK (shipment_count > 0),
    piece_count          int           NOT NULL,
    total_weight_kg      numeric(14, 3) NOT NULL,
    cod_totals           jsonb         NOT NULL,
    document             bytea         NOT NULL,
    created_at           timestamptz   NOT NULL,
    CONSTRAINT manifests_warehouse FOREIGN KEY (tenant_id, warehouse_id) REFERENCES warehouses (tenant_id, id)
);
CREATE INDEX manifests_tenant_created ON manifests (tenant_id, created_at DESC, id DESC);

-- A shipment is on exactly one manifest (manifest_shipments_once), in the order it is printed.
CREATE TABLE manifest_shipments (
    manifest_id  uuid          NOT NULL REFERENCES manifests (id) ON DELETE CASCADE,
    tenant_id    uuid          NOT NULL REFERENCES tenants (id),
    shipment_id  uuid          NOT NULL REFERENCES shipments (id),
    position     int           NOT NULL,
    awb          text          NOT NULL,
    reference    text,
    pieces       int           NOT NULL,
    weight_kg    numeric(14, 3) NOT NULL,
    cod_amount   numeric(14, 4),
    cod_currency char(3),
    PRIMARY KEY (manifest_id, position),
    CONSTRAINT manifest_shipments_once UNIQUE (shipment_id)
);
