package io.kontor.outbox;

import io.kontor.events.EventType;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.tracing.TraceParents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.UUID;

/**
 * Where services put the events of a state change. The row joins the caller's transaction, so the event exists
 * if and only if the change committed: no dual write to Kafka.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxConfig config;
    private final OutboxRelay relay;

    public Outbox(EntityManager entityManager, TransactionSynchronizationRegistry transactions, OutboxConfig config,
                  OutboxRelay relay) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.config = config;
        this.relay = relay;
    }

    /**
     * Records an event in the current transaction (there must be one), with the trace it belongs to: the relay
     * publishes it later, from its own thread, so the span current now (the request's, the consumed event's, the
     * delivery attempt's) is written down with the row and travels on as the record's {@code traceparent} header.
     *
     * @param key     the Kafka record key: the clientId (the partnerId for installations)
     * @param subject the CloudEvents subject, e.g. {@code clients/<id>/documents/<id>}
     * @return the event as it will be published
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> CloudEvent publish(EventType<T> type, String key, String subject, T data) {
        CloudEvent event = CloudEvent.of(type, config.source(), key, subject, data)
                .withTraceparent(TraceParents.current());
        entityManager.createNativeQuery("""
                        insert into outbox_event
                            (event_id, topic, record_key, event_type, source, subject, occurred_at, traceparent,
                             payload)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, UUID.fromString(event.id()))
                .setParameter(2, type.topic())
                .setParameter(3, key)
                .setParameter(4, event.type())
                .setParameter(5, event.source())
                .setParameter(6, event.subject())
                .setParameter(7, Timestamp.from(event.time()))
                .setParameter(8, event.traceparent())
                .setParameter(9, new String(event.data(), StandardCharsets.UTF_8))
                .executeUpdate();
        transactions.registerInterposedSynchronization(new WakeRelayAfterCommit(relay));
        return event;
    }

    /** Saves the relay a poll interval of latency: it looks for rows as soon as they are visible. */
    private record WakeRelayAfterCommit(OutboxRelay relay) implements Synchronization {

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wakeUp();
            }
        }
    }
}
