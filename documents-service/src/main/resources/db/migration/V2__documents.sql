-- The five document folders (DESIGN.md §1, issue 3). A document belongs to one client of one partner; every query
-- filters on partner and client first, so every index starts with client_id (a client belongs to one partner).
create table document (
    id                    uuid          primary key,
    partner_id            text          not null,
    client_id             uuid          not null references client (id),
    type                  text          not null check (type in
                              ('PURCHASE_INVOICE', 'SALES_INVOICE', 'PURCHASE_RECEIPT', 'MOVEMENT_REPORT', 'OTHER')),
    file_name             text          not null,
    media_type            text          not null,
    size_bytes            bigint        not null check (size_bytes > 0),
    sha256                text          not null check (sha256 ~ '^[0-9a-f]{64}$'),
    created_at            timestamptz   not null,
    created_by            text,
    -- Metadata: every field optional, editable; each edit is a new version in document_revision.
    document_number       text,
    issue_date            date,
    due_date              date,
    counterparty_name     text,
    counterparty_vat      text,
    currency              text          check (currency ~ '^[A-Z]{3}$'),
    net_amount            numeric(19, 4),
    tax_amount            numeric(19, 4),
    gross_amount          numeric(19, 4),
    note                  text,
    version               integer       not null default 1,
    updated_at            timestamptz   not null,
    updated_by            text,
    possible_duplicate_of uuid          references document (id),
    -- What free-text search looks in (document number, counterparty, file name), lower-cased once here.
    search_text           text generated always as (lower(
        coalesce(document_number, '') || ' ' || coalesce(counterparty_name, '') || ' '
            || coalesce(counterparty_vat, '') || ' ' || file_name
    )) stored
);

-- Each folder is listed newest first by default: the keyset (created_at, id) within client and type.
create index document_folder_created_idx on document (client_id, type, created_at, id);
create index document_client_created_idx on document (client_id, created_at, id);
create index document_client_issue_date_idx on document (client_id, issue_date, id);
-- The same bytes for the same client are refused (unless explicitly allowed): found through this index.
create index document_client_sha256_idx on document (client_id, sha256);
-- The same counterparty + number + gross amount is flagged as a possible duplicate.
create index document_client_number_idx on document (client_id, lower(document_number));
create index document_search_trgm_idx on document using gin (search_text gin_trgm_ops);

-- The original bytes, apart from the metadata so that listing never touches them. EXTERNAL storage keeps them
-- uncompressed in TOAST, which lets a download read them slice by slice (substring) instead of all at once;
-- most originals (PDF, images) are compressed already.
create table document_content (
    document_id uuid  primary key references document (id),
    content     bytea not null
);
alter table document_content alter column content set storage external;

-- Every metadata version of a document: version 1 at upload, one more per edit. Who, when and what.
create table document_revision (
    document_id    uuid        not null references document (id),
    version        integer     not null,
    changed_at     timestamptz not null,
    changed_by     text,
    changed_fields text[]      not null,
    metadata       jsonb       not null,
    primary key (document_id, version)
);
