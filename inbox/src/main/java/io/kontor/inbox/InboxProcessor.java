package io.kontor.inbox;

import io.kontor.events.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Handles one event in its own transaction, unless its id was handled before. */
@ApplicationScoped
class InboxProcessor {

    private final EntityManager entityManager;

    InboxProcessor(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @return false when the event was a duplicate and nothing was done */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    <T> boolean process(CloudEvent event, EventHandler<T> handler) {
        int inserted = entityManager.createNativeQuery("""
                        insert into processed_event (event_id, event_type) values (?1, ?2)
                        on conflict (event_id) do nothing""")
                .setParameter(1, event.id())
                .setParameter(2, event.type())
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        handler.handle(event.data(handler.type()), event);
        return true;
    }
}
