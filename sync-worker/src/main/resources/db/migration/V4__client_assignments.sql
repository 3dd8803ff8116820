-- Which accountants each client is assigned to (issue 9), from kontor.clients: an accountant sees the deliveries of
-- those clients only. The latest event wins (updated_at); archiving keeps the assignments, deliveries stay visible.
create table client_assignment (
    client_id      uuid        primary key,
    partner_id     text        not null,
    accountant_ids text[]      not null,
    updated_at     timestamptz not null
);
