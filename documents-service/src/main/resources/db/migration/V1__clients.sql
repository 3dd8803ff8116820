-- The client directory (DESIGN.md §1, issue 3). A client belongs to exactly one partner (the tenant); every
-- query filters on partner_id first, so every index starts with it.
create extension if not exists pg_trgm;

create table client (
    id                 uuid        primary key,
    partner_id         text        not null,
    name               text        not null,
    vat_number         text        not null,
    company_number     text,
    country            text        not null check (country ~ '^[A-Z]{2}$'),
    external_reference text,
    accountant_ids     text[]      not null default '{}',
    archived           boolean     not null default false,
    archived_at        timestamptz,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    -- What free-text search looks in, lower-cased once here instead of in every query.
    search_text        text generated always as (lower(
        name || ' ' || vat_number || ' ' || coalesce(company_number, '') || ' ' || coalesce(external_reference, '')
    )) stored,
    constraint client_archived_at_matches check (archived = (archived_at is not null))
);

-- The list is ordered by name (case-insensitively) with id as the tie-breaker: the keyset of its cursor.
create index client_partner_name_idx on client (partner_id, archived, lower(name), id);
-- Substring search on name, VAT number, company number and external reference.
create index client_search_trgm_idx on client using gin (search_text gin_trgm_ops);
