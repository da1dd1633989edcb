-- A carrier event that explicitly corrects an earlier delivery scan (TrackingEvent.correction): only
-- such an event moves a DELIVERED shipment to RTO_* or FAILED_DELIVERY (docs/api.md, status transitions).
ALTER TABLE tracking_events ADD COLUMN correction boolean NOT NULL DEFAULT false;
