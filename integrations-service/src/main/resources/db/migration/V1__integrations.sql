-- What this service knows about clients, learned from kontor.clients (documents-service owns them).
create table known_client (
    client_id      uuid        primary key,
    partner_id     text        not null,
    name           text        not null,
    accountant_ids jsonb       not null default '[]',
    archived       boolean     not null default false,
    changed_at     timestamptz not null
);

create index known_client_partner_idx on known_client (partner_id);

-- What this service knows about installations, learned from kontor.installations (store-service owns them).
create table known_installation (
    installation_id uuid        primary key,
    partner_id      text        not null,
    extension_key   text        not null,
    channel         text,
    deleted         boolean     not null default false,
    changed_at      timestamptz not null
);

create index known_installation_partner_idx on known_installation (partner_id);

-- One client's integration: an installation of an extension plus the client-level settings it needs.
create table integration (
    id              uuid        primary key,
    client_id       uuid        not null,
    partner_id      text        not null,
    installation_id uuid        not null,
    extension_key   text,
    channel         text,
    -- Empty means every document type, including types added later.
    document_types  jsonb       not null default '[]',
    settings        jsonb       not null,
    status          text        not null check (status in ('ACTIVE', 'INACTIVE')),
    created_at      timestamptz not null,
    created_by      text,
    updated_at      timestamptz not null
);

create index integration_client_idx on integration (partner_id, client_id, created_at);
create index integration_installation_idx on integration (installation_id);

-- Every period an integration was active, kept forever: "was it active at time T" decides what is delivered.
create table activation_period (
    id                  bigint      generated always as identity primary key,
    integration_id      uuid        not null references integration (id),
    activated_at        timestamptz not null,
    activated_by        text,
    deactivated_at      timestamptz,
    deactivation_reason text,
    check (deactivated_at is null or deactivated_at >= activated_at)
);

create index activation_period_integration_idx on activation_period (integration_id, activated_at);
-- At most one open period per integration, whatever two concurrent requests try.
create unique index activation_period_one_open_idx on activation_period (integration_id) where deactivated_at is null;
