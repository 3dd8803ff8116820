package io.kontor.events;

import java.util.Objects;

/**
 * One kind of event: its CloudEvents {@code type} (e.g. {@code kontor.client.created.v1}), the topic it travels
 * on and the record its data maps to. A breaking change to the record is a new type with the next {@code .vN}.
 */
public record EventType<T>(String name, String topic, Class<T> dataClass) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(dataClass, "dataClass");
        if (!Topics.ALL.contains(topic)) {
            throw new IllegalArgumentException("unknown topic " + topic);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
