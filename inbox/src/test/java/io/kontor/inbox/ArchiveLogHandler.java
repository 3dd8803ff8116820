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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Logs archived clients; fails on purpose for clients a test marked as flaky, and holds those it marked as held. */
@ApplicationScoped
public class ArchiveLogHandler implements EventHandler<ClientArchived> {

    static final Map<UUID, AtomicInteger> FAILURES_LEFT = new ConcurrentHashMap<>();
    static final Map<UUID, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();
    /** Clients whose event is held in the handler until the test counts the latch down. */
    static final Map<UUID, CountDownLatch> HELD = new ConcurrentHashMap<>();
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
        awaitRelease(data.clientId());
        AtomicInteger failuresLeft = FAILURES_LEFT.get(data.clientId());
        if (failuresLeft != null && failuresLeft.getAndDecrement() > 0) {
            throw new IllegalStateException("simulated failure after the write, which must roll back");
        }
    }

    private static void awaitRelease(UUID clientId) {
        CountDownLatch held = HELD.get(clientId);
        if (held == null) {
            return;
        }
        try {
            if (!held.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the event of " + clientId);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while held", e);
        }
    }
}
