-- The warehouse console's label prints (issue 19): every label a console user opened to print (one shipment's, or the
-- shipment's place in a day's or a batch's merged document). The first print of a shipment is its print; every later
-- one is a reprint, shown on the shipment's page with who printed it and when. The preview on the page is not a print.
-- format: pdf, zpl or png; size: 4x6 or a4 (a PDF's page), null for ZPL and PNG; via: shipment (its own print
-- button), day (the day's list merged), batch (a batch's labels merged).
CREATE TABLE label_prints (
    id           uuid PRIMARY KEY,
    tenant_id    uuid        NOT NULL REFERENCES tenants (id),
    shipment_id  uuid        NOT NULL,
    user_id      uuid        NOT NULL REFERENCES console_users (id),
    actor        text        NOT NULL,
    format       text        NOT NULL CHECK (format IN ('pdf', 'zpl', 'png')),
    size         text,
    via          text        NOT NULL CHECK (via IN ('shipment', 'day', 'batch')),
    printed_at   timestamptz NOT NULL
);
CREATE INDEX label_prints_shipment ON label_prints (tenant_id, shipment_id, printed_at);
