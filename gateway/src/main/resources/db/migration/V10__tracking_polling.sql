-- Issue 16: polling every live shipment, freshness, trackers.
--
-- next_check_at: when the poller asks the carrier next (NULL: never again: terminal, too old, a tracker
-- not found or deleted). check_attempts: polls that failed in a row (a claim counts one; a good answer
-- resets it). check_error: why the last poll failed. refresh_requested_at: the last
-- POST .../tracking/refresh, which is allowed once per shipgate.tracking.polling.refresh-interval.
--
-- kind: 'shipment' (a label bought through Shipgate) or 'tracker' (an AWB bought elsewhere, registered
-- with POST /v1/trackers): a tracker is a row here without the purchase's fields, so that the timeline,
-- the status rules, the events and the merchant webhooks work the same for both. tracker_state:
-- 'active' or 'not_found' (the carrier never knew the AWB within shipgate.tracking.polling.not-found-window).
ALTER TABLE shipments
    ADD COLUMN kind                 text        NOT NULL DEFAULT 'shipment',
    ADD COLUMN next_check_at        timestamptz,
    ADD COLUMN check_attempts       int         NOT NULL DEFAULT 0,
    ADD COLUMN check_error          text,
    ADD COLUMN refresh_requested_at timestamptz,
    ADD COLUMN tracker_state        text,
    ALTER COLUMN service DROP NOT NULL,
    ALTER COLUMN shipper DROP NOT NULL,
    ALTER COLUMN recipient DROP NOT NULL,
    ALTER COLUMN options DROP NOT NULL,
    ADD CONSTRAINT shipments_kind CHECK (kind IN ('shipment', 'tracker')),
    ADD CONSTRAINT shipments_purchase_fields CHECK (kind = 'tracker'
        OR (service IS NOT NULL AND shipper IS NOT NULL AND recipient IS NOT NULL AND options IS NOT NULL)),
    ADD CONSTRAINT shipments_tracker_state CHECK ((kind = 'tracker') = (tracker_state IS NOT NULL)
        AND (tracker_state IS NULL OR tracker_state IN ('active', 'not_found')));

-- what is due, oldest first: only rows that will be polled at all are in the index
CREATE INDEX shipments_due_check ON shipments (next_check_at) WHERE next_check_at IS NOT NULL;
-- one tracker per carrier and tracking number per tenant (POST /v1/trackers answers the existing one)
CREATE UNIQUE INDEX trackers_per_tenant ON shipments (tenant_id, carrier, awb) WHERE kind = 'tracker';
CREATE INDEX trackers_tenant_created ON shipments (tenant_id, created_at DESC, id DESC) WHERE kind = 'tracker';

-- shipments live before this issue are polled from now on
UPDATE shipments SET next_check_at = now()
WHERE status NOT IN ('DELIVERED', 'CANCELLED', 'RTO_DELIVERED', 'LOST', 'DAMAGED', 'RETURN_DELIVERED')
  AND created_at > now() - interval '60 days';

-- a carrier's 429 backs the whole account off until its Retry-After, on every node
ALTER TABLE carrier_accounts ADD COLUMN poll_backoff_until timestamptz;
