-- Documents a carrier issues with a label besides the label itself (its commercial invoice...).
CREATE TABLE shipment_documents (
    shipment_id      uuid        NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
    document_number  int         NOT NULL,
    tenant_id        uuid        NOT NULL REFERENCES tenants (id),
    type             text        NOT NULL,
    file_name        text        NOT NULL,
    content_type     text        NOT NULL,
    content          bytea       NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (shipment_id, document_number)
);
