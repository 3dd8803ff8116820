package io.kontor.events.cloudevents;

import io.kontor.events.EventJson;
import io.kontor.events.EventType;
import io.kontor.events.MalformedEventException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One event as it travels over Kafka in CloudEvents binary mode: the attributes go into headers, the data (JSON)
 * is the record value and the record key keeps one aggregate's events in order. Kafka-agnostic on purpose, so
 * the contract module does not force a Kafka client version on connectors.
 *
 * @param key the Kafka record key: the clientId (the partnerId for installations)
 */
public record CloudEvent(String id, String source, String type, Instant time, String subject, String key,
                         String traceparent, byte[] data) {

    public CloudEvent {
        require(id, CloudEventHeaders.ID);
        require(source, CloudEventHeaders.SOURCE);
        require(type, CloudEventHeaders.TYPE);
        Objects.requireNonNull(time, CloudEventHeaders.TIME);
        Objects.requireNonNull(data, "data");
    }

    /** A new event with a fresh id and the current time. */
    public static <T> CloudEvent of(EventType<T> type, String source, String key, String subject, T data) {
        return new CloudEvent(UUID.randomUUID().toString(), source, type.name(), Instant.now(), subject, key, null,
                EventJson.write(data));
    }

    public CloudEvent withTraceparent(String value) {
        return new CloudEvent(id, source, type, time, subject, key, value, data);
    }

    /** The record headers, in the order the binding lists them. */
    public Map<String, byte[]> headers() {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_1_0));
        headers.put(CloudEventHeaders.ID, bytes(id));
        headers.put(CloudEventHeaders.SOURCE, bytes(source));
        headers.put(CloudEventHeaders.TYPE, bytes(type));
        headers.put(CloudEventHeaders.TIME, bytes(time.toString()));
        if (subject != null) {
            headers.put(CloudEventHeaders.SUBJECT, bytes(subject));
        }
        headers.put(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
        if (traceparent != null) {
            headers.put(CloudEventHeaders.TRACEPARENT, bytes(traceparent));
        }
        return headers;
    }

    /** Reads a record written by {@link #headers()} (or by any CloudEvents 1.0 binary-mode producer). */
    public static CloudEvent fromRecord(String key, Map<String, byte[]> headers, byte[] value) {
        String specVersion = text(headers, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new MalformedEventException("not a CloudEvents 1.0 record: " + CloudEventHeaders.SPEC_VERSION
                    + " is " + specVersion);
        }
        String time = text(headers, CloudEventHeaders.TIME);
        try {
            return new CloudEvent(text(headers, CloudEventHeaders.ID), text(headers, CloudEventHeaders.SOURCE),
                    text(headers, CloudEventHeaders.TYPE), time == null ? null : Instant.parse(time),
                    text(headers, CloudEventHeaders.SUBJECT), key, text(headers, CloudEventHeaders.TRACEPARENT),
                    value);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException(CloudEventHeaders.TIME + " is not an RFC 3339 timestamp: " + time, e);
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new MalformedEventException("incomplete CloudEvents record: " + e.getMessage(), e);
        }
    }

    /** The data, read as the record of the given type; the caller checked {@link #type()} first. */
    public <T> T data(EventType<T> expected) {
        if (!expected.name().equals(type)) {
            throw new IllegalArgumentException("event " + id + " is a " + type + ", not a " + expected.name());
        }
        return EventJson.read(data, expected.dataClass());
    }

    private static void require(String value, String attribute) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(attribute + " is required");
        }
    }

    private static String text(Map<String, byte[]> headers, String name) {
        byte[] value = headers.get(name);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
