-- The sync-worker's copy of integrations, learned from kontor.integrations (integrations-service owns them):
-- everything routing needs, so that it never calls back.
create table integration (
    integration_id  uuid        primary key,
    client_id       uuid        not null,
    partner_id      text        not null,
    installation_id uuid,
    extension_key   text,
    channel         text,
    -- Empty means every document type, including types added later.
    document_types  jsonb       not null default '[]',
    status          text        not null check (status in ('ACTIVE', 'INACTIVE', 'DELETED')),
    changed_at      timestamptz not null
);

create index integration_client_idx on integration (client_id);

-- Every activation period: a document goes to an integration iff it was created inside one (DESIGN.md §5).
create table integration_activation (
    id             bigint      generated always as identity primary key,
    integration_id uuid        not null references integration (integration_id),
    activated_at   timestamptz not null,
    deactivated_at timestamptz,
    check (deactivated_at is null or deactivated_at >= activated_at)
);

create index integration_activation_integration_idx on integration_activation (integration_id, activated_at);
create unique index integration_activation_one_open_idx on integration_activation (integration_id)
    where deactivated_at is null;

-- Documents as announced on kontor.documents, kept so that an activation consumed after a document it covers
-- still routes it, and so that a delivery can be built without calling documents-service.
create table document (
    document_id uuid        primary key,
    client_id   uuid        not null,
    partner_id  text        not null,
    type        text        not null,
    created_at  timestamptz not null,
    -- The kontor.document.created.v1 data as received.
    payload     jsonb       not null,
    received_at timestamptz not null
);

create index document_client_idx on document (client_id, created_at);

-- One delivery per (document, integration), with a stable id: the webhook-id and the idempotency key.
create table delivery (
    id                  uuid        primary key,
    document_id         uuid        not null references document (document_id),
    client_id           uuid        not null,
    partner_id          text        not null,
    integration_id      uuid        not null references integration (integration_id),
    document_type       text        not null,
    document_created_at timestamptz not null,
    status              text        not null
        check (status in ('QUEUED', 'RETRYING', 'DELIVERED', 'FAILED', 'CANCELLED')),
    attempts            integer     not null default 0,
    next_attempt_at     timestamptz,
    last_error          text,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    unique (document_id, integration_id)
);

create index delivery_integration_idx on delivery (integration_id, created_at desc, id desc);
create index delivery_due_idx on delivery (next_attempt_at) where status in ('QUEUED', 'RETRYING');

-- Every attempt of a delivery, kept for the partner to see what happened.
create table delivery_attempt (
    id               bigint      generated always as identity primary key,
    delivery_id      uuid        not null references delivery (id),
    attempt_number   integer     not null,
    started_at       timestamptz not null,
    duration_ms      integer,
    http_status      integer,
    -- At most 4 KB of the receiver's answer.
    response_excerpt text        check (octet_length(response_excerpt) <= 4096),
    error_class      text,
    unique (delivery_id, attempt_number)
);
