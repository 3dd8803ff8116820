package io.kontor.outbox;

import io.kontor.events.cloudevents.CloudEvent;

/** An unsent row, as claimed by the relay. */
record OutboxRow(long position, String topic, CloudEvent event) {
}
