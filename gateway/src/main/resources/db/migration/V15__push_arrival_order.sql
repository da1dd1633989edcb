-- The order pushes arrived in, for the intake's batches: a claim's pushes are ingested in arrival order (each push's
-- move in turn), since timestamps can tie (two pushes in one microsecond, a test's fixed clock).
ALTER TABLE tracking_pushes ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
DROP INDEX tracking_pushes_due;
CREATE INDEX tracking_pushes_due ON tracking_pushes (next_attempt_at, seq) WHERE state = 'PENDING';
