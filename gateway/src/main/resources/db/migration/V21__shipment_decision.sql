-- The recommendation a shipment bought with carrier "auto" followed (docs/decide.md, "Recommendation"): its candidates
-- with their scores, what was excluded and why, and the rule version; bounded by the writer (at most 20 candidates and
-- 50 exclusions).
ALTER TABLE shipments ADD COLUMN decision jsonb;
