-- The idempotent consumer's memory (kontor-inbox): one row per consumed event id, written in the same
-- transaction as the handler's changes, so a redelivered event is recognised and skipped.
create table processed_event (
    event_id     text        primary key,
    event_type   text        not null,
    processed_at timestamptz not null default now()
);
