-- The queue tables (pushes to process, events to fan out, deliveries to make) change most of their rows within minutes:
-- each processed row leaves a dead entry in the partial "pending" indexes that every claim walks past until VACUUM
-- removes it. PostgreSQL's default (vacuum after 20% of the table changed) lets a burst of 30,000 deliveries slow every
-- claim after it (docs/benchmarks.md, webhook dispatch): vacuum these after a fixed number of changed rows, unthrottled.
ALTER TABLE webhook_deliveries SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000,
                                    autovacuum_vacuum_cost_delay = 0, autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE outbox SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000,
                        autovacuum_vacuum_cost_delay = 0, autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE tracking_pushes SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000,
                                 autovacuum_vacuum_cost_delay = 0, autovacuum_analyze_scale_factor = 0.02);
