package com.example.kontor.connector;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A record of a Kontor topic read as a CloudEvent in Kafka binary mode: the attributes are the {@code ce_*}
 * headers, the record value is the event's data (JSON). This connector needs two attributes: the id to dedupe on
 * and the type to decide by.
 */
record KontorEvent(String id, String type, byte[] data) {

    static final String CREATED = "kontor.document.created.v1";

    /** Empty for a record that is not a CloudEvent: no {@code ce_id} or {@code ce_type}. */
    static Optional<KontorEvent> of(ConsumerRecord<String, byte[]> record) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || type == null) {
            return Optional.empty();
        }
        return Optional.of(new KontorEvent(id, type, record.value()));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
