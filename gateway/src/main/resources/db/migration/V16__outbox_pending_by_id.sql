-- The webhook fan-out takes new events in id order (WHERE state = 'PENDING' ORDER BY id LIMIT n). With
-- only outbox_pending (on available_at), PostgreSQL may walk the primary key from the oldest event,
-- through every event already dispatched and kept for shipgate.outbox.retention, whenever its
-- statistics make pending events look common (after a burst): 32 ms instead of 0.6 ms per fan-out
-- with 33,000 dispatched events, growing with the log. This index is the pending events in id order.
CREATE INDEX outbox_pending_id ON outbox (id) WHERE state = 'PENDING';
