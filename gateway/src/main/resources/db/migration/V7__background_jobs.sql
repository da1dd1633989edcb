-- Background jobs: the outbox purge deletes delivered events, oldest delivery first, after
-- shipgate.outbox.retention. (Completed idempotency keys and due purchase intents have their indexes: V3.)
CREATE INDEX outbox_dispatched ON outbox (dispatched_at) WHERE state = 'DISPATCHED';
