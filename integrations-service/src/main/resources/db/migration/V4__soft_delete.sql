-- Deleting an integration keeps it (issue 5 point 3): its activation periods are the record of what was
-- delivered when. A deleted integration delivers nothing and can never be activated again.
alter table integration drop constraint integration_status_check;
alter table integration add constraint integration_status_check check (status in ('ACTIVE', 'INACTIVE', 'DELETED'));
alter table integration add column deleted_at timestamptz;
alter table integration add column deleted_by text;
alter table integration add constraint integration_deleted_at_matches check ((status = 'DELETED') = (deleted_at is not null));
