-- Customer notifications (issue 19): milestone emails to a shipment's recipient (docs/pages.md, "Customer notifications").

-- Which milestones a tenant's customers are written to, by email and by SMS. One row per tenant that chose; a tenant
-- without a row gets shipgate.notifications.default-milestones (all five unless configured otherwise) and
-- shipgate.notifications.sms.default-milestones (none).
CREATE TABLE notification_settings (
    tenant_id       uuid PRIMARY KEY REFERENCES tenants (id),
    milestones      text[]      NOT NULL,
    sms_milestones  text[]      NOT NULL DEFAULT '{}',
    updated_at      timestamptz NOT NULL
);

-- One message per shipment (or return), milestone and channel (email, sms): written in the transaction of the status
-- change that calls for it (so it exists if and only if the change was committed), then sent by the notification sender
-- (claimed with FOR UPDATE SKIP LOCKED). subject_id is the shipment's id, or the return's for RETURN_RECEIVED (shipment_id
-- then names the shipment it returns, null for a standalone return). The unique key is what makes a milestone send at
-- most one message per channel however often the carrier reports it. No address, phone or name is stored: the recipient
-- is read from the shipment when the message is sent.
--   pending  due at next_attempt_at (new, or after a failed attempt)
--   sending  claimed by a node, until next_attempt_at (the claim's hold); committed before the SMTP server (SMS provider)
--            is called
--   sent     the SMTP server (the SMS provider) accepted it (message_id)
--   skipped  nothing to send: no email address (no phone for an SMS), not a shipment (a tracker), milestone switched off
--            since (the reason in last_error)
--   failed   every attempt failed (the server kept refusing)
--   unknown  the node that claimed it stopped before recording the outcome: it may or may not have gone out, and is not
--            sent again (at most once)
CREATE TABLE customer_notifications (
    id               uuid PRIMARY KEY,
    tenant_id        uuid        NOT NULL REFERENCES tenants (id),
    subject_id       uuid        NOT NULL,
    shipment_id      uuid,
    awb              text        NOT NULL,
    milestone        text        NOT NULL CHECK (milestone IN ('SHIPPED', 'OUT_FOR_DELIVERY', 'DELIVERED', 'DELIVERY_FAILED', 'RETURN_RECEIVED')),
    channel          text        NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'sms')),
    state            text        NOT NULL DEFAULT 'pending'
                                 CHECK (state IN ('pending', 'sending', 'sent', 'skipped', 'failed', 'unknown')),
    attempts         int         NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    language         text,
    message_id       text,
    last_error       text,
    created_at       timestamptz NOT NULL,
    sent_at          timestamptz,
    UNIQUE (subject_id, milestone, channel)
);
CREATE INDEX customer_notifications_due ON customer_notifications (next_attempt_at) WHERE state = 'pending';
CREATE INDEX customer_notifications_sending ON customer_notifications (next_attempt_at) WHERE state = 'sending';
CREATE INDEX customer_notifications_tenant ON customer_notifications (tenant_id, created_at);
-- the purge: settled messages, oldest first (shipgate.notifications.retention)
CREATE INDEX customer_notifications_settled ON customer_notifications (created_at) WHERE state IN ('sent', 'skipped', 'failed', 'unknown');
