-- The firm's side of a delivery (issue 8): what an installation's events carry for this worker — the partner-level
-- settings (an EMAIL extension's SMTP relay), the secret ones sealed with the delivery key, and the package's
-- conventions. The latest updated_at wins; a deleted installation is kept, marked, so a late update cannot revive it.
create table installation (
    installation_id      uuid        primary key,
    partner_id           text        not null,
    extension_key        text        not null,
    channel              text        not null,
    settings             jsonb       not null check (jsonb_typeof(settings) = 'object'),
    sealed_secrets       text,
    delivery_conventions jsonb       not null check (jsonb_typeof(delivery_conventions) = 'object'),
    updated_at           timestamptz not null,
    deleted_at           timestamptz
);
