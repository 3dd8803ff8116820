package io.kontor.inbox;

import io.kontor.events.EventType;
import io.kontor.events.EventTypes;
import io.kontor.events.clients.ClientArchived;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.tracing.TraceParents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Logs archived clients; fails on purpose for clients a test marked as flaky. */
@ApplicationScoped
public class ArchiveLogHandler implements EventHandler<ClientArchived> {

    static final Map<UUID, AtomicInteger> FAILURES_LEFT = new ConcurrentHashMap<>();
    static final Map<UUID, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();
    /** The trace current while the handler ran, per client. */
    static final Map<UUID, String> TRACES = new ConcurrentHashMap<>();

    private final EntityManager entityManager;

    ArchiveLogHandler(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public EventType<ClientArchived> type() {
        return EventTypes.CLIENT_ARCHIVED;
    }

    @Override
    public void handle(ClientArchived data, CloudEvent event) {
        ATTEMPTS.computeIfAbsent(data.clientId(), id -> new AtomicInteger()).incrementAndGet();
        TRACES.put(data.clientId(), TraceParents.current());
        entityManager.persist(new ArchiveLogEntry(data.clientId(), event.id()));
        AtomicInteger failuresLeft = FAILURES_LEFT.get(data.clientId());
        if (failuresLeft != null && failuresLeft.getAndDecrement() > 0) {
            throw new IllegalStateException("simulated failure after the write, which must roll back");
        }
    }
}
