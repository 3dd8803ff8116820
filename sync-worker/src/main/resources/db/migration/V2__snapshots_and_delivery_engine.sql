-- Integration events carry the whole integration (issue 5): the copy here keeps what delivering needs, not only
-- routing — the client-level settings, the signing secrets as sealed for this worker, the revision it came with.
alter table integration drop constraint integration_status_check;
alter table integration add constraint integration_status_check
    check (status in ('ACTIVE', 'INACTIVE', 'DISABLED', 'DELETED'));
alter table integration add column status_reason text;
alter table integration add column settings jsonb not null default '{}';
-- Each {sealedSecret, createdAt, retiresAt}; sealed with the delivery key, opened only to sign.
alter table integration add column signing_secrets jsonb not null default '[]';
alter table integration add column revision bigint not null default 0;
alter table integration_activation add column deactivation_reason text;

-- The engine (issue 6): a delivery is claimed with a lease, so that a replica that dies mid-attempt gives it back
-- when the lease runs out, and the attempt is redone under the same id.
alter table delivery add column leased_until timestamptz;
alter table delivery add column lease_owner text;
-- LIVE: routed when the document arrived; BACKFILL: asked for explicitly, for documents from before activation.
alter table delivery add column kind text not null default 'LIVE' check (kind in ('LIVE', 'BACKFILL'));
alter table delivery add column delivered_at timestamptz;
-- A manual retry restarts the retry schedule: the attempts made before it do not count against the new round.
alter table delivery add column schedule_offset integer not null default 0 check (schedule_offset >= 0);

-- Cancelling an integration's pending deliveries (it was deactivated) must not scan its whole history.
create index delivery_pending_of_integration_idx on delivery (integration_id) where status in ('QUEUED', 'RETRYING');

alter table delivery_attempt add column error_message text;
