-- The transactional outbox (kontor-outbox). A service writes a row here in the same transaction as its state
-- change; the relay publishes unsent rows in position order and stamps sent_at. Versioned 0.x so that it sorts
-- before every service migration.
create table outbox_event (
    position    bigint generated always as identity primary key,
    event_id    uuid        not null unique,
    topic       text        not null,
    record_key  text        not null,
    event_type  text        not null,
    source      text        not null,
    subject     text,
    occurred_at timestamptz not null,
    traceparent text,
    payload     text        not null,
    sent_at     timestamptz
);

create index outbox_event_unsent_idx on outbox_event (position) where sent_at is null;
create index outbox_event_sent_idx on outbox_event (sent_at) where sent_at is not null;
