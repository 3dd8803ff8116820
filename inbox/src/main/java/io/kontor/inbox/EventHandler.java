package io.kontor.inbox;

import io.kontor.events.EventType;
import io.kontor.events.cloudevents.CloudEvent;

/**
 * Reacts to one event type. Implementations are CDI beans; the inbox finds them, subscribes to their topics and
 * calls {@link #handle} inside a transaction that also records the event id, at most once per id.
 */
public interface EventHandler<T> {

    EventType<T> type();

    void handle(T data, CloudEvent event);
}
