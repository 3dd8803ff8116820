-- The audit trail (kontor-audit, issue 9): who did what, in the same transaction as the change. Append-only, and
-- hash-chained per partner: each entry's hash covers its fields and the previous entry's hash, so an entry changed
-- or removed afterwards breaks every hash after it (GoBD: complete and unaltered). Versioned 0.x like the outbox's;
-- quarkus.flyway.out-of-order (META-INF/microprofile-config.properties) lets it join databases already past 0.x.
create table audit_entry (
    partner_id  text        not null,
    seq         bigint      not null check (seq >= 1),
    occurred_at timestamptz not null,
    actor       text        not null,
    action      text        not null,
    client_id   uuid,
    subject     text        not null,
    request_id  text        not null,
    details     text        not null,
    prev_hash   text        not null,
    hash        text        not null,
    primary key (partner_id, seq)
);

create index audit_entry_client_idx on audit_entry (partner_id, client_id, seq);

-- The end of each partner's chain. Appending locks its row, so a partner's entries get their sequence numbers and
-- previous hashes one after the other even when requests commit concurrently.
create table audit_chain (
    partner_id text   primary key,
    last_seq   bigint not null,
    last_hash  text   not null
);

-- Append-only in the database too: no update, no delete, whatever the application does.
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % of an entry refused', tg_op;
end;
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
