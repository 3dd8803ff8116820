package io.kontor.integrations.repository;

import io.kontor.events.EventJson;
import io.kontor.integrations.KnownClient;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Timestamp;
import java.util.UUID;

/**
 * The clients this service knows, from {@code kontor.clients} and from documents-service when a client's event had
 * not arrived yet. Both write through {@link #record}, so neither can undo what the other learned later.
 */
@ApplicationScoped
public class KnownClientRepository implements PanacheRepositoryBase<KnownClient, UUID> {

    /**
     * Stores the client's state as of its {@code changedAt}, unless what is stored is newer: an event that arrives
     * after documents-service already told a later state changes nothing. One statement, so that the event handler
     * and a request recording the same client at the same moment cannot both insert. An archived client stays
     * archived (documents-service never brings one back).
     */
    public void record(KnownClient client) {
        getEntityManager().createNativeQuery("""
                        insert into known_client (client_id, partner_id, name, accountant_ids, archived, changed_at)
                        values (?1, ?2, ?3, cast(?4 as jsonb), ?5, ?6)
                        on conflict (client_id) do update
                           set name = excluded.name, accountant_ids = excluded.accountant_ids,
                               archived = known_client.archived or excluded.archived,
                               changed_at = excluded.changed_at
                         where known_client.changed_at <= excluded.changed_at""")
                .setParameter(1, client.clientId())
                .setParameter(2, client.partnerId())
                .setParameter(3, client.name())
                .setParameter(4, EventJson.mapper().valueToTree(client.accountantIds()).toString())
                .setParameter(5, client.isArchived())
                .setParameter(6, Timestamp.from(client.changedAt()))
                .executeUpdate();
    }
}
