create table archive_log (
    id        bigint generated always as identity primary key,
    client_id uuid not null,
    event_id  text not null
);
