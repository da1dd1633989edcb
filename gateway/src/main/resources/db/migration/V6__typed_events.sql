-- Outbox events are typed records with a stable name (event_type) and a schema version.
ALTER TABLE outbox ADD COLUMN event_version int NOT NULL DEFAULT 1;

-- A completed idempotency key names the shipment its purchase bought (completed in the purchase's
-- transaction); the answer the API gave is stored after it, by the web layer, for replays.
ALTER TABLE idempotency_keys RENAME COLUMN resource_id TO shipment_id;
ALTER TABLE idempotency_keys DROP COLUMN response_status;
