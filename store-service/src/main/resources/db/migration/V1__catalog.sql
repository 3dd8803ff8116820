-- The extension catalog and the partners' installations (DESIGN.md §1 story 2, issue 4).
-- The catalog is versioned data: each extension is added or changed by a migration, never by the API.

create table extension (
    key                     text    primary key check (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name                    text    not null,
    vendor                  text    not null,
    description             text    not null,
    category                text    not null check (category in ('ACCOUNTING_PACKAGE', 'ARCHIVE', 'GENERIC')),
    channel                 text    not null check (channel in ('WEBHOOK', 'EMAIL', 'KAFKA')),
    -- The document folders the extension accepts (DESIGN.md §1: the five DocumentType values).
    document_types          text[]  not null check (cardinality(document_types) > 0 and document_types <@ array[
                                        'PURCHASE_INVOICE', 'SALES_INVOICE', 'PURCHASE_RECEIPT', 'MOVEMENT_REPORT',
                                        'OTHER']::text[]),
    -- JSON Schemas (draft 2020-12) of the settings asked at install time and per client.
    partner_settings_schema jsonb   not null check (jsonb_typeof(partner_settings_schema) = 'object'),
    client_settings_schema  jsonb   not null check (jsonb_typeof(client_settings_schema) = 'object'),
    multiple_installations  boolean not null default false
);

create table installation (
    id               uuid        primary key,
    partner_id       text        not null,
    extension_key    text        not null references extension (key),
    settings         jsonb       not null check (jsonb_typeof(settings) = 'object'),
    -- Copied from the extension at install time, so that the unique index below can enforce
    -- "one installation per partner" for the extensions that allow only one, even under concurrent installs.
    one_per_partner  boolean     not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);

create index installation_partner_idx on installation (partner_id, created_at, id);
create unique index installation_one_per_partner_uq on installation (partner_id, extension_key) where one_per_partner;
