-- NDR (non-delivery reports, docs/operations.md "NDR (failed deliveries)"): a case per shipment whose delivery failed,
-- its failed attempts, the actions taken on it (by the API or by a policy) and the tenant's automatic policies.

-- One case per run of failed attempts: at most one not closed per shipment. status: open (waiting for an action),
-- actioned (an action was accepted or is pending at the carrier), closed (outcome says why).
CREATE TABLE ndr_cases (
    id                      uuid PRIMARY KEY,
    tenant_id               uuid          NOT NULL REFERENCES tenants (id),
    shipment_id             uuid          NOT NULL REFERENCES shipments (id),
    carrier_account_id      uuid          NOT NULL,
    carrier                 text          NOT NULL,
    awb                     text          NOT NULL,
    status                  text          NOT NULL CHECK (status IN ('open', 'actioned', 'closed')),
    outcome                 text          CHECK (outcome IN ('delivered', 'returned_to_origin', 'cancelled', 'expired')),
    reason                  text          NOT NULL,
    attempts                int           NOT NULL CHECK (attempts > 0),
    out_for_delivery_count  int           NOT NULL CHECK (out_for_delivery_count >= 0),
    carrier_code            text,
    carrier_remarks         text,
    first_attempt_at        timestamptz   NOT NULL,
    last_attempt_at         timestamptz   NOT NULL,
    action_deadline         timestamptz   NOT NULL,
    payment_mode            text          NOT NULL CHECK (payment_mode IN ('COD', 'PREPAID')),
    order_value             numeric(14, 4),
    order_currency          char(3),
    destination_country     text,
    destination_postal_code text,
    -- the attempt the policies were last evaluated for (0: not yet); the policy that acted on the case last
    policy_attempt          int           NOT NULL DEFAULT 0,
    policy_id               uuid,
    -- the NDR job (routes' NdrCaseRoute): due to evaluate the policies, then at the deadline; null once closed
    next_attempt_at         timestamptz,
    job_attempts            int           NOT NULL DEFAULT 0,
    last_error              text,
    created_at              timestamptz   NOT NULL,
    updated_at              timestamptz   NOT NULL,
    closed_at               timestamptz
);
CREATE UNIQUE INDEX ndr_cases_one_open_per_shipment ON ndr_cases (shipment_id) WHERE status <> 'closed';
CREATE INDEX ndr_cases_tenant_created ON ndr_cases (tenant_id, created_at DESC, id DESC);
CREATE INDEX ndr_cases_due ON ndr_cases (next_attempt_at) WHERE next_attempt_at IS NOT NULL;

-- Each failed attempt of a case, once (a scan pushed and polled is one attempt).
CREATE TABLE ndr_attempts (
    case_id          uuid        NOT NULL REFERENCES ndr_cases (id) ON DELETE CASCADE,
    attempt          int         NOT NULL,
    tenant_id        uuid        NOT NULL REFERENCES tenants (id),
    reason           text        NOT NULL,
    carrier_code     text,
    carrier_remarks  text,
    attempted_at     timestamptz NOT NULL,
    recorded_at      timestamptz NOT NULL,
    PRIMARY KEY (case_id, attempt),
    CONSTRAINT ndr_attempts_once UNIQUE (case_id, attempted_at)
);

-- Actions on a case: what was asked (request, without personal data beyond what the carrier got), by whom (actor: the
-- API key's id, or the policy), for which attempt, and the carrier's answer. status: running (the carrier is being
-- called), accepted, pending (the carrier answered a request id; the next tracking event settles it), rejected
-- (carrier_message says why). One running, accepted or pending action per attempt.
CREATE TABLE ndr_actions (
    id                  uuid PRIMARY KEY,
    tenant_id           uuid        NOT NULL REFERENCES tenants (id),
    case_id             uuid        NOT NULL REFERENCES ndr_cases (id) ON DELETE CASCADE,
    attempt             int         NOT NULL,
    action              text        NOT NULL,
    source              text        NOT NULL CHECK (source IN ('api', 'policy')),
    actor               text        NOT NULL,
    policy_id           uuid,
    request             jsonb       NOT NULL,
    status              text        NOT NULL CHECK (status IN ('running', 'accepted', 'pending', 'rejected')),
    carrier_request_id  text,
    carrier_code        text,
    carrier_message     text,
    created_at          timestamptz NOT NULL,
    answered_at         timestamptz
);
CREATE UNIQUE INDEX ndr_actions_once_per_attempt ON ndr_actions (case_id, attempt) WHERE status <> 'rejected';
CREATE INDEX ndr_actions_case ON ndr_actions (case_id, created_at);

-- The tenant's automatic policies, evaluated by priority (lowest first, then oldest); the first that matches acts.
CREATE TABLE ndr_policies (
    id          uuid PRIMARY KEY,
    tenant_id   uuid        NOT NULL REFERENCES tenants (id),
    name        text        NOT NULL,
    priority    int         NOT NULL,
    enabled     boolean     NOT NULL,
    conditions  jsonb       NOT NULL,
    action      text        NOT NULL CHECK (action IN ('re_attempt', 'return_to_origin', 'escalate')),
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);
CREATE INDEX ndr_policies_tenant ON ndr_policies (tenant_id, priority, created_at);
