-- The JSON Schema of the client-level settings of each known installation, from kontor.installation.created.v1,
-- so that an integration's settings are checked here without calling store-service. Null for installations
-- learned before the event carried it, or only from their deletion: their settings are not checked.
alter table known_installation add column client_settings_schema jsonb;
