-- Issue 17, lane learning (docs/decide.md, "EDD"). The carrier's estimated delivery date given at purchase:
-- estimated_delivery follows each new estimate of the tracking, so the first one is kept here for the
-- on-time rate (set by the purchase; NULL for shipments bought before this column and for trackers).
ALTER TABLE shipments ADD COLUMN promised_delivery date;

-- What the tenant's finished shipments teach, per carrier service and lane (origin region -> destination
-- region, LaneRegions): decayed counts as of decayed_to (a shipment that finished t before it weighs
-- 2^(-t / half-life)) and the transit histogram in business days (31 buckets: 0..29 and 30 or more).
-- Written in the transaction of the tracking change that finishes a shipment; nodes poll updated_at.
CREATE TABLE lane_stats (
    tenant_id          uuid        NOT NULL REFERENCES tenants (id),
    carrier            text        NOT NULL,
    service            text        NOT NULL,
    origin_region      text        NOT NULL,
    destination_region text        NOT NULL,
    finished           float8      NOT NULL,
    delivered          float8      NOT NULL,
    rto                float8      NOT NULL,
    ndr                float8      NOT NULL,
    first_attempt      float8      NOT NULL,
    on_time            float8      NOT NULL,
    on_time_known      float8      NOT NULL,
    transit            float8[]    NOT NULL CHECK (cardinality(transit) = 31),
    decayed_to         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, carrier, service, origin_region, destination_region)
);
CREATE INDEX lane_stats_updated ON lane_stats (updated_at);

-- The shipments counted into lane_stats: each once, however often its delivery is reported again.
CREATE TABLE lane_stats_shipments (
    shipment_id uuid        PRIMARY KEY REFERENCES shipments (id) ON DELETE CASCADE,
    tenant_id   uuid        NOT NULL REFERENCES tenants (id),
    counted_at  timestamptz NOT NULL
);
