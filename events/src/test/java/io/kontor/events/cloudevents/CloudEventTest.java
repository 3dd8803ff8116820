package io.kontor.events.cloudevents;

import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.kontor.events.EventTypes;
import io.kontor.events.MalformedEventException;
import io.kontor.events.clients.ClientArchived;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloudEventTest {

    private final ClientArchived archived =
            new ClientArchived(UUID.randomUUID(), "partner-1", Instant.parse("2026-03-01T10:00:00Z"));

    @Test
    void headersAndDataReadBackIntoTheSameEvent() {
        CloudEvent event = CloudEvent.of(EventTypes.CLIENT_ARCHIVED, "/kontor/documents-service",
                archived.clientId().toString(), "clients/" + archived.clientId(), archived)
                .withTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

        CloudEvent read = CloudEvent.fromRecord(event.key(), event.headers(), event.data());

        assertThat(read.id()).isEqualTo(event.id());
        assertThat(read.type()).isEqualTo("kontor.client.archived.v1");
        assertThat(read.time()).isEqualTo(event.time());
        assertThat(read.subject()).isEqualTo(event.subject());
        assertThat(read.traceparent()).isEqualTo(event.traceparent());
        assertThat(read.data(EventTypes.CLIENT_ARCHIVED)).isEqualTo(archived);
    }

    @Test
    void theCloudEventsSdkReadsOurRecordsAsBinaryModeEvents() {
        CloudEvent event = CloudEvent.of(EventTypes.CLIENT_ARCHIVED, "/kontor/documents-service",
                archived.clientId().toString(), "clients/" + archived.clientId(), archived);
        RecordHeaders headers = new RecordHeaders();
        event.headers().forEach(headers::add);

        MessageReader reader = KafkaMessageFactory.createReader(headers, event.data());
        io.cloudevents.CloudEvent sdkEvent = reader.toEvent();

        assertThat(sdkEvent.getId()).isEqualTo(event.id());
        assertThat(sdkEvent.getType()).isEqualTo(event.type());
        assertThat(sdkEvent.getSource().toString()).isEqualTo("/kontor/documents-service");
        assertThat(sdkEvent.getSubject()).isEqualTo(event.subject());
        assertThat(sdkEvent.getDataContentType()).isEqualTo("application/json");
        assertThat(sdkEvent.getTime().toInstant()).isEqualTo(event.time());
        assertThat(sdkEvent.getData().toBytes()).isEqualTo(event.data());
    }

    @Test
    void aRecordWithoutSpecVersionIsRefusedWithAReason() {
        Map<String, byte[]> headers = new HashMap<>(CloudEvent.of(EventTypes.CLIENT_ARCHIVED, "/test", "k", null,
                archived).headers());
        headers.remove(CloudEventHeaders.SPEC_VERSION);

        assertThatThrownBy(() -> CloudEvent.fromRecord("k", headers, new byte[0]))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("ce_specversion");
    }

    @Test
    void aRecordWithoutIdIsRefusedWithAReason() {
        Map<String, byte[]> headers = new HashMap<>(CloudEvent.of(EventTypes.CLIENT_ARCHIVED, "/test", "k", null,
                archived).headers());
        headers.remove(CloudEventHeaders.ID);

        assertThatThrownBy(() -> CloudEvent.fromRecord("k", headers, new byte[0]))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("ce_id");
    }

    @Test
    void dataOfAnotherTypeIsNotReadSilently() {
        CloudEvent event = CloudEvent.of(EventTypes.CLIENT_ARCHIVED, "/test", "k", null, archived);

        assertThatThrownBy(() -> event.data(EventTypes.CLIENT_CREATED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
