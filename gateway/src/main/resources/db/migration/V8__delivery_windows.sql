-- Issue 15. A scan time the carrier gave without a UTC offset, whose zone could not be told from the
-- scan's place: occurred_at holds the local wall-clock time at +00:00 (TrackingEvent.offsetKnown).
ALTER TABLE tracking_events ADD COLUMN offset_known boolean NOT NULL DEFAULT true;

-- The carrier's delivery window (estimated_delivery is its first day, latest_delivery its last), replaced
-- together by each new estimate; kept once delivered, so that EDD accuracy can be measured against
-- delivered_at. What the carrier or adapter said beside the sale (CarrierMessage: e.g. LABEL_UNREADABLE),
-- as a JSON array of at most 20 {code, text, level, service}.
ALTER TABLE shipments
    ADD COLUMN latest_delivery  date,
    ADD COLUMN delivered_at     timestamptz,
    ADD COLUMN carrier_messages jsonb,
    ADD CONSTRAINT shipments_carrier_messages_bounded
        CHECK (carrier_messages IS NULL OR CASE WHEN jsonb_typeof(carrier_messages) = 'array'
            THEN jsonb_array_length(carrier_messages) <= 20 ELSE false END);
