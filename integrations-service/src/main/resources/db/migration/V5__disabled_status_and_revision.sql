-- A receiver that answers 410 Gone asks never to be called again: the sync-worker reports it and the integration
-- becomes DISABLED (issue 5 point 3) until someone fixes it and activates it again.
alter table integration drop constraint integration_status_check;
alter table integration add constraint integration_status_check
    check (status in ('ACTIVE', 'INACTIVE', 'DISABLED', 'DELETED'));
-- Grows with every change; every event carries the whole integration with its revision, so a consumer keeps the
-- newest snapshot whatever order a replay brings.
alter table integration add column revision bigint not null default 1 check (revision >= 1);
