-- A tenant's branding for the people's pages and emails (issue 19): the tracking and returns pages and the customer
-- notifications show the tenant's name, logo, colours, support contact and message, in the languages it offers.
-- One row per tenant that set it; a tenant without a row gets the defaults (its own name, Shipgate's colours, English).
CREATE TABLE tenant_branding (
    tenant_id          uuid PRIMARY KEY REFERENCES tenants (id),
    display_name       text,
    logo               bytea,
    logo_content_type  text CHECK (logo_content_type IN ('image/png', 'image/jpeg', 'image/webp')),
    primary_color      text        NOT NULL DEFAULT '#14213d',
    accent_color       text        NOT NULL DEFAULT '#0b5cad',
    support_email      text,
    support_phone      text,
    message            text,
    default_language   text        NOT NULL DEFAULT 'en',
    languages          text[]      NOT NULL DEFAULT '{en,hi,ja,ko}',
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CHECK (logo IS NULL OR octet_length(logo) <= 262144)
);
